import { describe, expect, it } from "vitest";
import { quarterDates, quarterOf } from "./financial-quarter";
import { financialYear } from "./financial-year";
import { financialYearDates } from "./financial-year-dates";
import { financialYearOf } from "./financial-year-of";
import { parsePlanPeriod } from "./parse-plan-period";
import { planPeriodDates, planYear } from "./plan-period";
import { reportingPeriodDates } from "./reporting-period-dates";

describe("financial years and quarters", () => {
  it("runs a financial year from 1 April to 31 March", () => {
    expect(financialYearDates("2010-11")).toEqual({ start: "2010-04-01", end: "2011-03-31" });
    expect(financialYear(1999)).toBe("1999-00");
  });

  it.each([
    [1, { start: "2010-04-01", end: "2010-06-30" }],
    [2, { start: "2010-07-01", end: "2010-09-30" }],
    [3, { start: "2010-10-01", end: "2010-12-31" }],
    [4, { start: "2011-01-01", end: "2011-03-31" }],
  ] as const)(
    "puts quarter %i of 2010-11 where seed 001 does (Q2 is July - September 2010)",
    (quarter, dates) => {
      expect(quarterDates("2010-11", quarter)).toEqual(dates);
    },
  );

  it("finds the financial year and quarter of a date", () => {
    expect(financialYearOf("2011-03-31")).toBe("2010-11");
    expect(financialYearOf("2011-04-01")).toBe("2011-12");
    expect(quarterOf("2008-09-30")).toEqual({ year: "2008-09", quarter: 2 });
    expect(quarterOf("2009-02-14")).toEqual({ year: "2008-09", quarter: 4 });
  });

  it("counts plan years from the area plan's first year", () => {
    expect(planYear("2008-09", 1)).toBe("2008-09");
    expect(planYear("2008-09", 3)).toBe("2010-11");
    expect(planPeriodDates({ from: "2008-09", to: "2010-11" })).toEqual({
      start: "2008-04-01",
      end: "2011-03-31",
    });
  });

  it.each([
    ["2008-11", { from: "2008-09", to: "2010-11" }],
    ["2008/11", { from: "2008-09", to: "2010-11" }],
    ["2011-14", { from: "2011-12", to: "2013-14" }],
    ["2010-11", { from: "2010-11", to: "2010-11" }],
    ["2011-2014", { from: "2011-12", to: "2013-14" }],
    ["1999-00", { from: "1999-00", to: "1999-00" }],
    ["1998-01", { from: "1998-99", to: "2000-01" }],
  ])("reads the plan period %s", (text, period) => {
    expect(parsePlanPeriod(text)).toEqual({ ok: true, value: period, issues: [] });
  });

  it("refuses a plan period that ends before it starts", () => {
    const checked = parsePlanPeriod("2011-09");
    expect(checked.ok).toBe(false);
    expect(checked.issues[0]?.code).toBe("period/unreadable");
  });

  it("gives the dates of every kind of reporting period", () => {
    expect(reportingPeriodDates({ kind: "quarter", year: "2008-09", quarter: 2 })).toEqual({
      start: "2008-07-01",
      end: "2008-09-30",
    });
    expect(reportingPeriodDates({ kind: "plan-year", number: 2, year: "2009-10" })).toEqual({
      start: "2009-04-01",
      end: "2010-03-31",
    });
    expect(reportingPeriodDates({ kind: "financial-year", year: "2010-11" }).end).toBe("2011-03-31");
  });
});

describe("dates without time zones (issue 10, input 4)", () => {
  it("gives quarters and financial years from the digits, across 2000", () => {
    expect(quarterDates("1999-00", 4)).toEqual({ start: "2000-01-01", end: "2000-03-31" });
    expect(financialYearDates("1999-00")).toEqual({ start: "1999-04-01", end: "2000-03-31" });
    expect(quarterOf("2000-02-29")).toEqual({ year: "1999-00", quarter: 4 });
  });

  it("refuses a period too long or written backwards", () => {
    expect(parsePlanPeriod("2010-09").ok).toBe(false);
    expect(parsePlanPeriod("2008-2030").ok).toBe(false);
    expect(parsePlanPeriod(2010 as unknown as string).issues[0]?.code).toBe("usage/invalid-argument");
  });
});
