import { describe, expect, it } from "vitest";
import { formatPeriodCell, parsePeriodCell } from "./period-cell";

describe("period cells", () => {
  it.each([
    ["2010-11 Q2", { kind: "quarter", year: "2010-11", quarter: 2 }],
    ["Q2 2010-11", { kind: "quarter", year: "2010-11", quarter: 2 }],
    ["2010/11", { kind: "financial-year", year: "2010-11" }],
    ["Year 2 (2009-10)", { kind: "plan-year", number: 2, year: "2009-10" }],
  ])("reads %j", (text, period) => {
    expect(parsePeriodCell(text)).toEqual(period);
  });

  it.each(["Year 0 (2009-10)", "Quarter five", "2010-12", "Q5 2010-11"])("refuses %j", (text) => {
    expect(parsePeriodCell(text)).toBeUndefined();
  });

  it("writes what it reads", () => {
    for (const text of ["2010-11 Q2", "2010-11", "Year 2 (2009-10)"])
      expect(formatPeriodCell(parsePeriodCell(text) ?? { kind: "financial-year", year: "2000-01" })).toBe(
        text,
      );
  });
});
