import { describe, expect, it } from "vitest";
import { extractPlan } from "../../test/extract";
import { findAction } from "./find-action";
import { normaliseActionNumber } from "./normalise-action-number";
import { planActions } from "./plan-actions";
import { parseYesNo } from "./yes-no";

describe("planActions and findAction", () => {
  it("lists every action in document order with its themes and path", () => {
    const located = planActions(extractPlan);
    expect(located.map(({ action }) => action.number)).toEqual(["2.3.2", "2.4.2.", "3.1.3", "3.1.4", "6.2"]);
    expect(located[1]?.themes.map((theme) => theme.number ?? theme.title)).toEqual([
      "STRATEGIC, SERVICE AND OFFENDER OUTCOME GROUPS",
      "2.4",
    ]);
    expect(located[1]?.path).toEqual(["themes", 0, "themes", 1, "actions", 0]);
  });

  it("finds an action whatever trailing dot either side writes", () => {
    expect(findAction(extractPlan, "2.4.2")?.action.number).toBe("2.4.2.");
    expect(findAction(extractPlan, "3.1.3.")?.path).toEqual(["themes", 1, "actions", 0]);
    expect(findAction(extractPlan, "9.9")).toBeUndefined();
    expect(normaliseActionNumber(" 2.3.3. ")).toBe("2.3.3");
  });
});

describe("parseYesNo", () => {
  it.each([
    ["YES", true],
    ["y", true],
    ["No", false],
    ["n", false],
  ])("reads %s", (raw, value) => {
    expect(parseYesNo(raw)).toEqual({ raw, value });
  });

  it("keeps other wording without a value", () => {
    expect(parseYesNo("y/n")).toEqual({ raw: "y/n" });
  });
});
