import { describe, expect, it } from "vitest";
import { indicatorFrom } from "../_internal/indicator-cells";
import { parseOutcomeRefs } from "../outcome-ref/parse-outcome-refs";
import type { Indicator } from "./indicator";
import { indicatorDetailCells, indicatorDetailColumns, indicatorWithDetails } from "./indicator-details";

// Lothian & Borders CJA Action Plan 2010-11 (seed 002), 6.1: "National target of 85% achieved and
// exceeded to 94%"; West Dunbartonshire 2017-18 Outcome 1 indicators (OPI 2016 indicator 1.3).
const ICM: Indicator = {
  id: "icm-attendance",
  name: "Attendance at ICM case conferences",
  unit: "percent",
  direction: "higher-is-better",
  target: { value: 85, raw: "85%", scope: "national" },
  actual: { value: 94, raw: "94%", period: "2009-10" },
  tolerance: { kind: "absolute", value: 5 },
  actionNumber: "6.1",
  outcomeRefs: parseOutcomeRefs("(A2; B1-B5; C1-C4)").value,
  source: "National target of 85% achieved and exceeded to 94%",
};
const WD: Indicator = {
  id: "outcome-1-quantitative",
  name: "Perceptions of local crime rate",
  type: "quantitative",
  frameworkIndicator: { framework: "cj-opi-2016", id: "1.3" },
  actionNumber: "1",
};

const bare = (indicator: Indicator): Indicator => {
  const { actual, tolerance, actionNumber, outcomeRefs, frameworkIndicator, source, target, ...rest } =
    indicator;
  if (target === undefined) return rest;
  const { scope: _scope, ...unscoped } = target;
  return { ...rest, target: unscoped };
};

describe("indicator details", () => {
  it("writes each detail the wide and long tables leave out as a cell", () => {
    expect(indicatorDetailCells(ICM)).toEqual({
      actual: "94% (2009-10)",
      targetScope: "national",
      tolerance: "5",
      actionNumber: "6.1",
      outcomeRefs: "(A2; B1-B5; C1-C4)",
      frameworkIndicator: "",
      source: "National target of 85% achieved and exceeded to 94%",
    });
    expect(indicatorDetailCells(WD).frameworkIndicator).toBe("cj-opi-2016 1.3");
    expect(indicatorDetailColumns.map((c) => c.label)).toContain("Outcome refs");
  });

  it.each([ICM, WD])("reads $id's details back as they were", (indicator) => {
    const read = indicatorWithDetails(bare(indicator), indicatorDetailCells(indicator));
    expect(read.value).toEqual(indicator);
    expect(read.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  });

  it("reads a tolerance as a share of the target, and leaves out with a warning what it cannot read", () => {
    const read = indicatorWithDetails(bare(ICM), {
      tolerance: "10% of target",
      targetScope: "regional",
      frameworkIndicator: "1.3",
    });
    expect(read.value.tolerance).toEqual({ kind: "percent-of-target", value: 10 });
    expect(read.value.target).toEqual({ value: 85, raw: "85%" });
    expect(read.value.frameworkIndicator).toBeUndefined();
    expect(read.issues.map((i) => [i.code, i.path])).toEqual([
      ["indicator/unreadable-field", ["targetScope"]],
      ["indicator/unreadable-field", ["frameworkIndicator"]],
    ]);
  });

  it("reads outcome references in the framework given", () => {
    const read = indicatorWithDetails(
      WD,
      { outcomeRefs: "National Outcome 9" },
      {
        framework: "sg-national-outcomes-2007",
      },
    );
    expect(read.value.outcomeRefs?.refs).toEqual([{ framework: "sg-national-outcomes-2007", code: "9" }]);
  });
});

describe("a target or baseline written with words after its figure", () => {
  it("keeps the whole wording and reads the figure it starts with (seed 002: 50% take-up by end of year 1)", () => {
    const read = indicatorFrom({ name: "Take-up", target: "50% take-up by end of year 1" }, "take-up");
    expect(read.indicator.target).toEqual({ value: 50, raw: "50% take-up by end of year 1" });
    expect(read.issues).toEqual([]);
  });

  it("still refuses wording with no figure at its start", () => {
    const read = indicatorFrom({ name: "Take-up", target: "about half" }, "take-up");
    expect(read.indicator.target).toBeUndefined();
    expect(read.issues.map((i) => i.code)).toEqual(["indicator/unreadable-field"]);
  });
});
