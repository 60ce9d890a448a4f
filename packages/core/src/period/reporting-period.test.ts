import { describe, expect, it } from "vitest";
import { formatReportingPeriod } from "./format-reporting-period";
import { parseReportingPeriod } from "./parse-reporting-period";
import { ReportingPeriod } from "./reporting-period";
import { reportingPeriodDates } from "./reporting-period-dates";

const read = (text: string, span?: { start: string; end: string }) => {
  const checked = parseReportingPeriod(text, { span });
  return checked.ok ? checked.value : checked.issues.map((issue) => issue.code);
};

describe("parseReportingPeriod", () => {
  it.each([
    ["2010-11", { kind: "financial-year", year: "2010-11" }],
    ["2010/11", { kind: "financial-year", year: "2010-11" }],
    ["2010-11 Q2", { kind: "quarter", year: "2010-11", quarter: 2 }],
    ["Quarter 2 2010-11", { kind: "quarter", year: "2010-11", quarter: 2 }],
    ["2023-24 H1", { kind: "half-year", year: "2023-24", half: 1 }],
    ["H2 2023/24", { kind: "half-year", year: "2023-24", half: 2 }],
    ["Year 2 (2009-10)", { kind: "plan-year", number: 2, year: "2009-10" }],
    ["2019", { kind: "calendar-year", year: 2019 }],
  ])("reads %s", (text, period) => {
    expect(read(text)).toEqual(period);
  });

  // gov.scot, National Strategy for Community Justice delivery plan, update 1 (December 2023)
  // "covers the period from June to December 2023"; update 2 (March 2024) "from January to March
  // 2024". Open Government Licence v3.0.
  it.each([
    ["June to December 2023", "2023-06-01", "2023-12-31"],
    ["June - December 2023", "2023-06-01", "2023-12-31"],
    ["January to March 2024", "2024-01-01", "2024-03-31"],
    ["October 2023 – March 2024", "2023-10-01", "2024-03-31"],
    ["Oct - Mar 2024", "2023-10-01", "2024-03-31"],
    ["1 April 2023 to 31 March 2024", "2023-04-01", "2024-03-31"],
  ])("reads the range %s, keeping its wording", (text, start, end) => {
    expect(read(text)).toEqual({ kind: "date-range", label: text, start, end });
  });

  it("reads an update with its span, and asks for the span when only its name is given", () => {
    expect(read("Update 2 – March 2024 (2024-01-01 to 2024-03-31)")).toEqual({
      kind: "update",
      number: 2,
      label: "Update 2 – March 2024",
      start: "2024-01-01",
      end: "2024-03-31",
    });
    expect(read("Update 2 (March 2024)")).toEqual(["period/no-span"]);
    expect(read("Update 2 (March 2024)", { start: "2024-01-01", end: "2024-03-31" })).toMatchObject({
      kind: "update",
      number: 2,
      label: "Update 2 (March 2024)",
    });
  });

  it.each([
    "2010-12",
    "2023-12-31 to 2023-06-01",
    "31 February 2023 to 1 March 2023",
    "Q5 2010-11",
    "soon",
    "x".repeat(10_000),
  ])("refuses %s, keeping the text", (text) => {
    const checked = parseReportingPeriod(text);
    expect(checked.ok).toBe(false);
    expect(checked.issues[0]?.code).toBe("period/unreadable");
    expect(checked.issues[0]?.actual).toBe(text.slice(0, 200));
  });
});

describe("formatReportingPeriod", () => {
  const periods: ReportingPeriod[] = [
    { kind: "quarter", year: "2010-11", quarter: 2 },
    { kind: "half-year", year: "2023-24", half: 2 },
    { kind: "financial-year", year: "2016-17" },
    { kind: "plan-year", number: 2, year: "2009-10" },
    { kind: "calendar-year", year: 2019 },
    { kind: "update", number: 1, label: "Update 1 - December 2023", start: "2023-06-01", end: "2023-12-31" },
    { kind: "update", number: 3, start: "2024-04-01", end: "2024-12-31" },
    { kind: "date-range", start: "2023-06-01", end: "2023-12-31" },
    { kind: "date-range", label: "June to December 2023", start: "2023-06-01", end: "2023-12-31" },
  ];

  it.each(periods.map((period) => [formatReportingPeriod(period), period] as const))(
    "writes %s, which reads back the same",
    (text, period) => {
      expect(read(text)).toEqual(period);
    },
  );
});

describe("reportingPeriodDates", () => {
  it("dates halves, calendar years, updates and ranges", () => {
    expect(reportingPeriodDates({ kind: "half-year", year: "2023-24", half: 2 })).toEqual({
      start: "2023-10-01",
      end: "2024-03-31",
    });
    expect(reportingPeriodDates({ kind: "calendar-year", year: 2019 })).toEqual({
      start: "2019-01-01",
      end: "2019-12-31",
    });
    expect(
      reportingPeriodDates({ kind: "update", number: 1, start: "2023-06-01", end: "2023-12-31" }).end,
    ).toBe("2023-12-31");
  });

  it("refuses a range that ends before it starts, at its end", () => {
    const parsed = ReportingPeriod.safeParse({ kind: "date-range", start: "2024-01-01", end: "2023-01-01" });
    expect(parsed.error?.issues[0]?.path).toEqual(["end"]);
  });
});
