import { describe, expect, it } from "vitest";
import { planPeriodOption, reportingPeriodOption } from "./periods";

describe("reportingPeriodOption", () => {
  it.each([
    ["2010-11 Q2", { kind: "quarter", year: "2010-11", quarter: 2 }],
    ["Q2 2010-11", { kind: "quarter", year: "2010-11", quarter: 2 }],
    ["2010/11 q4", { kind: "quarter", year: "2010-11", quarter: 4 }],
    ["2009-10", { kind: "financial-year", year: "2009-10" }],
    ["Year 2 (2009-10)", { kind: "plan-year", number: 2, year: "2009-10" }],
    ["2023-24 H1", { kind: "half-year", year: "2023-24", half: 1 }],
    [
      "June - December 2023",
      { kind: "date-range", label: "June - December 2023", start: "2023-06-01", end: "2023-12-31" },
    ],
    [
      "Update 2 (2024-01-01 to 2024-03-31)",
      { kind: "update", number: 2, start: "2024-01-01", end: "2024-03-31" },
    ],
  ])("reads %j as core's parseReportingPeriod does", (text, period) => {
    expect(reportingPeriodOption(text)).toEqual(period);
  });

  it.each(["2010-12", "Q5 2010-11", "Quarter 2", "Year 2", ""])("refuses %j with examples", (text) => {
    expect(() => reportingPeriodOption(text)).toThrow(
      `--return-period: ${JSON.stringify(text)} is not a period cja-kit reads; write e.g. 2023-24, 2023-24 Q2`,
    );
  });
});

describe("planPeriodOption", () => {
  it("reads one year or three, as plans write them", () => {
    expect(planPeriodOption("2010-11")).toEqual({ from: "2010-11", to: "2010-11" });
    expect(planPeriodOption("2008-11")).toEqual({ from: "2008-09", to: "2010-11" });
  });

  it("names the option in its refusal", () => {
    expect(() => planPeriodOption("next year", "--area-period")).toThrow(
      /^--area-period "next year" is not a plan period/,
    );
  });
});
