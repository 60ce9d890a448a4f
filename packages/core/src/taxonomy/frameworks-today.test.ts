import { describe, expect, it } from "vitest";
import { createRegistry } from "./create-registry";
import { defineFramework } from "./define-framework";
import { findOutcome } from "./find-outcome";
import { cjpf2023 } from "./frameworks/cjpf-2023";
import { nscj2016 } from "./frameworks/nscj-2016";
import { nscj2022 } from "./frameworks/nscj-2022";
import { mapOutcomeRef } from "./map-outcome-ref";
import { builtInRegistry } from "./outcome-registry";

const codes = (refs: Array<{ code: string }>) => refs.map((ref) => ref.code);

describe("today's frameworks (issue 12, finding 4)", () => {
  it.each(Object.values(builtInRegistry.frameworks).map((framework) => [framework.id, framework] as const))(
    "%s is a valid framework",
    (_id, framework) => {
      expect(defineFramework(framework)).toMatchObject({ ok: true, issues: [] });
    },
  );

  it("checks every built-in mapping's codes against its frameworks", () => {
    const checked = createRegistry(
      { mappings: builtInRegistry.mappings },
      { ...builtInRegistry, mappings: [] },
    );
    expect(checked.issues).toEqual([]);
  });

  it("holds the 2022 strategy's four aims and thirteen priority actions, each under its aim", () => {
    expect(nscj2022.outcomes.filter((o) => o.group === "aims")).toHaveLength(4);
    const actions = nscj2022.outcomes.filter((o) => o.group === "priority-actions");
    expect(actions).toHaveLength(13);
    expect(actions.map((o) => o.parent)).toEqual([
      "A1",
      "A1",
      "A2",
      "A2",
      "A2",
      "A2",
      "A3",
      "A3",
      "A3",
      "A3",
      "A4",
      "A4",
      "A4",
    ]);
  });

  // gov.scot, Community Justice Performance Framework (2023), page 8; Open Government Licence v3.0.
  it("keeps the 2023 framework's wording of outcome 2 and national indicator 3, checked against the publication", () => {
    expect(findOutcome({ framework: "cjpf-2023", code: "2" })).toEqual({
      framework: "cjpf-2023",
      code: "2",
      group: "national",
      wording: "More people in police custody receive support to address their needs",
    });
    expect(cjpf2023.indicators?.find((i) => i.id === "3")?.measures).toEqual([
      "assessment reports for bail suitability",
      "bail supervision cases commenced",
      "bail supervision cases completed",
    ]);
    expect(cjpf2023.indicators).toHaveLength(10);
  });

  it("marks wording it could not check in the data itself", () => {
    expect(findOutcome({ framework: "cjpf-2023", code: "1" })?.unverified).toBeUndefined();
    expect(findOutcome({ framework: "cjpf-2023", code: "4" })?.unverified).toMatch(/desistence/);
    expect(findOutcome({ framework: "nscj-2022", code: "PA12" })?.unverified).toMatch(/Not checked/);
  });

  it("lets a plan cite Section 4 of the 2016 strategy and an aim of the 2022 one", () => {
    expect(findOutcome({ framework: "nscj-2016", code: "4" })?.wording).toBe(
      "Improved Community Understanding and Participation",
    );
    expect(nscj2016.outcomes.map((o) => o.code)).toEqual(["4", "5", "6", "7"]);
    expect(findOutcome({ framework: "nscj-2022", code: "A4" })?.wording).toMatch(
      /^Strengthen the leadership/,
    );
  });
});

describe("mapOutcomeRef across the eras", () => {
  it("maps the 2016 outcomes onto the 2023 ones, and back", () => {
    expect(codes(mapOutcomeRef({ framework: "cj-opi-2016", code: "3" }, "cjpf-2023"))).toEqual([
      "5",
      "6",
      "7",
    ]);
    expect(codes(mapOutcomeRef({ framework: "cjpf-2023", code: "9" }, "cj-opi-2016"))).toEqual(["1"]);
  });

  it("finds no 2023 counterpart for structural outcome 2, which the nine do not carry", () => {
    expect(mapOutcomeRef({ framework: "cj-opi-2016", code: "2" }, "cjpf-2023")).toEqual([]);
  });

  it("maps a 2008 CJA outcome onto the 2016 framework, and on to 2023 and the 2022 priority actions", () => {
    expect(mapOutcomeRef({ framework: "nab-2008", code: "B1" }, "cj-opi-2016")).toEqual([
      { framework: "cj-opi-2016", code: "5" },
    ]);
    expect(codes(mapOutcomeRef({ framework: "nab-2008", code: "B1" }, "cjpf-2023"))).toEqual(["2", "5", "6"]);
    expect(codes(mapOutcomeRef({ framework: "cjpf-2023", code: "1" }, "nscj-2022"))).toEqual(["PA1"]);
  });

  it("says on what basis each mapping was made", () => {
    expect(builtInRegistry.mappings.map((m) => [m.id, m.basis ?? "by-wording"])).toEqual([
      ["nab-2008-to-nsmo-2006", "by-wording"],
      ["nab-2008-to-cj-opi-2016", "by-wording"],
      ["cj-opi-2016-to-cjpf-2023", "by-wording"],
      ["cjpf-2023-to-nscj-2022", "published"],
    ]);
  });
});
