import { contentText, createRegistry, findOutcomeByWording, mapOutcomeRef, planActions } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { lanarkshireActionPlan2010_11 } from "./lanarkshire/action-plan-2010-11";
import { lanarkshireImplementationPlan2008_09 } from "./lanarkshire/implementation-plan-2008-09";
import { lanarkshireLocalOutcomes, lanarkshireLocalToNsmo2006 } from "./lanarkshire/local-outcomes";

describe("Lanarkshire's local outcomes", () => {
  const registry = createRegistry({
    frameworks: [lanarkshireLocalOutcomes],
    mappings: [lanarkshireLocalToNsmo2006],
  });

  it("register beside the national frameworks", () => {
    expect(registry.issues).toEqual([]);
  });

  it("hold the wording of every outcome box of seed 003 and every local outcome of seed 001", () => {
    const boxes = planActions(lanarkshireImplementationPlan2008_09).flatMap(({ themes }) =>
      themes.flatMap((t) => contentText(t.localOutcomes ?? []).split("\n")),
    );
    const column = planActions(lanarkshireActionPlan2010_11).flatMap(({ action }) =>
      action.rows.flatMap((r) => (r.localOutcome === undefined ? [] : [contentText(r.localOutcome)])),
    );
    for (const wording of [...boxes, ...column].filter((w) => w.length > 0)) {
      expect(findOutcomeByWording(lanarkshireLocalOutcomes, wording), wording).toBeDefined();
    }
  });

  it("reach the 14 national outcomes through the 23, or not at all where the 14 left an outcome out", () => {
    if (!registry.ok) return;
    expect(mapOutcomeRef({ framework: "lanarkshire-local", code: "L5" }, "nab-2008", registry.value)).toEqual(
      [{ framework: "nab-2008", code: "B1" }],
    );
    expect(mapOutcomeRef({ framework: "lanarkshire-local", code: "L8" }, "nab-2008", registry.value)).toEqual(
      [],
    );
  });
});
