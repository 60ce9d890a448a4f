import { describe, expect, it } from "vitest";
import { parseTimescale } from "./parse-timescale";
import type { When } from "./timescale";

const month = (y: number, m: number, last: number) => ({
  start: `${y}-${String(m).padStart(2, "0")}-01`,
  end: `${y}-${String(m).padStart(2, "0")}-${last}`,
  precision: "month" as const,
});
const fy = (start: number) => ({
  start: `${start}-04-01`,
  end: `${start + 1}-03-31`,
  precision: "financial-year" as const,
});
const day = (date: string) => ({ start: date, end: date, precision: "day" as const });
const whens = (raw: string): When[] => parseTimescale(raw).value.segments.map((segment) => segment.when);
const labels = (raw: string) => parseTimescale(raw).value.segments.map((segment) => segment.label);

describe("parseTimescale", () => {
  it.each<[string, When[]]>([
    ["July 2008", [{ kind: "date", span: month(2008, 7, 31) }]],
    ["July 08", [{ kind: "date", span: month(2008, 7, 31) }]],
    ["1/10/08", [{ kind: "date", span: day("2008-10-01") }]],
    ["2010/11", [{ kind: "date", span: fy(2010) }]],
    ["2008-11", [{ kind: "range", from: fy(2008), to: fy(2010) }]],
    ["2009-2011", [{ kind: "range", from: fy(2009), to: fy(2010) }]],
    ["2008-09 and ongoing", [{ kind: "ongoing", since: fy(2008) }]],
    ["Year 1-3", [{ kind: "plan-years", from: 1, to: 3 }]],
    ["Year 1 – 2008-09", [{ kind: "date", span: fy(2008) }]],
    ["By March 2011", [{ kind: "by", span: month(2011, 3, 31) }]],
    ["Dec 08 start", [{ kind: "from", span: month(2008, 12, 31) }]],
    ["Immediate & ongoing", [{ kind: "ongoing", immediate: true }]],
    ["Oct 2009 – Oct 2010", [{ kind: "range", from: month(2009, 10, 31), to: month(2010, 10, 31) }]],
    ["2-3 years", [{ kind: "duration", min: 2, max: 3, unit: "year" }]],
    ["Held on 23 March 2009", [{ kind: "event", span: day("2009-03-23") }]],
    ["Current", [{ kind: "ongoing" }]],
    ["Ongoing", [{ kind: "ongoing" }]],
    ["TBA", [{ kind: "to-be-arranged" }]],
    ["Progress update 2008-09", [{ kind: "date", span: fy(2008) }]],
    ["Phased introduction over three years", [{ kind: "duration", min: 3, max: 3, unit: "year" }]],
    ["Year 1 and ongoing", [{ kind: "ongoing", sincePlanYear: 1 }]],
    ["Develop proposals end of year 1", [{ kind: "plan-years", from: 1, to: 1, by: true }]],
    ["Develop operation outcomes in year 2&3", [{ kind: "plan-years", from: 2, to: 3 }]],
    ["6 weekly", [{ kind: "recurring", interval: { every: 6, unit: "week" } }]],
  ])("reads %s", (raw, expected) => {
    expect(whens(raw)).toEqual(expected);
    expect(parseTimescale(raw).issues).toEqual([]);
  });

  it("reads a first date with a recurrence after it", () => {
    expect(whens("September 2008 & 1/4ly thereafter")).toEqual([
      { kind: "recurring", interval: { every: 3, unit: "month" }, first: month(2008, 9, 30) },
    ]);
    expect(whens("September 2008 (& 6 monthly thereafter)")).toEqual([
      { kind: "recurring", interval: { every: 6, unit: "month" }, first: month(2008, 9, 30) },
    ]);
  });

  it("reads several dated milestones on one line, each with its name (seed 002 2.4.4)", () => {
    const raw = "Approval Nov 07 Funding bid Dec 07 Project description Feb 08 Project Board April 08";
    expect(labels(raw)).toEqual(["Approval", "Funding bid", "Project description", "Project Board"]);
    expect(whens(raw)).toEqual([
      { kind: "date", span: month(2007, 11, 30) },
      { kind: "date", span: month(2007, 12, 31) },
      { kind: "date", span: month(2008, 2, 29) },
      { kind: "date", span: month(2008, 4, 30) },
    ]);
  });

  it("reads each paragraph of a cell on its own (seed 002 2.1.1)", () => {
    const raw =
      "Year 1 Complete data review\nYear 2 Establish processes with NHS\nSet target numbers by end of year 2";
    expect(labels(raw)).toEqual([
      "Complete data review",
      "Establish processes with NHS",
      "Set target numbers",
    ]);
    expect(whens(raw).at(-1)).toEqual({ kind: "plan-years", from: 2, to: 2, by: true });
  });

  it("reads seed 001's ongoing work with two meeting dates", () => {
    expect(whens("Immediate & ongoing 27 October 2010 3 December 2010")).toEqual([
      { kind: "ongoing", immediate: true },
      { kind: "date", span: day("2010-10-27") },
      { kind: "date", span: day("2010-12-03") },
    ]);
  });

  it("reads a baseline and a target year (seed 002 2.4.7)", () => {
    expect(parseTimescale("2006-07= 50%\nSet Targets 2008-09").value.segments).toEqual([
      { text: "2006-07= 50%", label: "50%", when: { kind: "date", span: fy(2006) } },
      { text: "Set Targets 2008-09", label: "Set Targets", when: { kind: "date", span: fy(2008) } },
    ]);
  });

  it("keeps wording with no date as unparsed, with a warning, and never guesses", () => {
    const parsed = parseTimescale("Discuss increasing home leave use");
    expect(parsed.value).toEqual({
      raw: "Discuss increasing home leave use",
      segments: [{ text: "Discuss increasing home leave use", when: { kind: "unparsed" } }],
    });
    expect(parsed.issues).toMatchObject([{ code: "timescale/unparsed", severity: "warning" }]);
  });

  it("reports an impossible day-first date as an error", () => {
    const parsed = parseTimescale("31/02/2010");
    expect(parsed.value.segments[0]?.when).toEqual({ kind: "unparsed" });
    expect(parsed.issues).toMatchObject([{ code: "timescale/invalid-date", severity: "error" }]);
  });

  it("keeps the raw text exactly", () => {
    const raw = "July 2008\nNovember 2008.";
    expect(parseTimescale(raw).value.raw).toBe(raw);
    expect(parseTimescale(raw).value.segments.map((s) => s.text)).toEqual(["July 2008", "November 2008."]);
  });

  it("reads nothing from empty wording", () => {
    expect(parseTimescale("")).toEqual({ value: { raw: "", segments: [] }, issues: [] });
  });
});

const quarter = (start: string, end: string) => ({ start, end, precision: "quarter" as const });
const codes = (raw: string) => parseTimescale(raw).issues.map((issue) => [issue.code, issue.severity]);

describe("parseTimescale: quarters, halves and financial years (issue 10, inputs 1-3)", () => {
  it.each<[string, When]>([
    ["Q2 2010-11", { kind: "date", span: quarter("2010-07-01", "2010-09-30") }],
    ["Quarter 2 2010-11", { kind: "date", span: quarter("2010-07-01", "2010-09-30") }],
    ["by Q2 2010-11", { kind: "by", span: quarter("2010-07-01", "2010-09-30") }],
    ["By end of Q3 2010-11", { kind: "by", span: quarter("2010-10-01", "2010-12-31") }],
    ["end of Quarter 2 2008-09", { kind: "by", span: quarter("2008-07-01", "2008-09-30") }],
    ["Q4 2010/11", { kind: "date", span: quarter("2011-01-01", "2011-03-31") }],
    ["2010-11 Q4", { kind: "date", span: quarter("2011-01-01", "2011-03-31") }],
    ["Q4 10/11", { kind: "date", span: quarter("2011-01-01", "2011-03-31") }],
    ["2nd quarter of 2010-11", { kind: "date", span: quarter("2010-07-01", "2010-09-30") }],
    [
      "first half of 2024-25",
      { kind: "date", span: { start: "2024-04-01", end: "2024-09-30", precision: "half-year" } },
    ],
    [
      "H2 2023-24",
      { kind: "date", span: { start: "2023-10-01", end: "2024-03-31", precision: "half-year" } },
    ],
    ["1999-00", { kind: "date", span: fy(1999) }],
    ["2099-00", { kind: "date", span: fy(2099) }],
  ])("reads %s with its own dates and no issue", (raw, when) => {
    expect(whens(raw)).toEqual([when]);
    expect(parseTimescale(raw).issues).toEqual([]);
  });

  it("reads a run of quarters as a range", () => {
    expect(whens("Q1-Q2 2010-11")).toEqual([
      { kind: "range", from: quarter("2010-04-01", "2010-06-30"), to: quarter("2010-07-01", "2010-09-30") },
    ]);
  });

  it.each(["Q5 2010-11", "Quarter 0 2010-11", "Quarter 9 2010-11", "Q3-Q5 2010-11"])(
    "refuses the impossible quarter %s as an error, kept unparsed",
    (raw) => {
      expect(whens(raw)).toEqual([{ kind: "unparsed" }]);
      expect(codes(raw)).toEqual([["timescale/impossible-quarter", "error"]]);
    },
  );

  it.each([
    ["2010/11/12", "timescale/ambiguous"],
    ["2010-09", "timescale/ambiguous"],
    ["10/11", "timescale/ambiguous"],
    ["Q1 2024", "timescale/ambiguous"],
    ["FY 2011", "timescale/ambiguous"],
    ["bi-monthly", "timescale/ambiguous"],
    ["31/03/69", "timescale/two-digit-year"],
    ["Dec 69", "timescale/two-digit-year"],
    ["Q2", "timescale/no-year"],
    ["by 31 March", "timescale/no-year"],
  ])("keeps %s unparsed with a warning (%s), never a guess", (raw, code) => {
    expect(whens(raw)).toEqual([{ kind: "unparsed" }]);
    expect(codes(raw)).toEqual([[code, "warning"]]);
    expect(parseTimescale(raw).value.segments[0]?.text).toBe(raw);
  });
});

describe("parseTimescale: events, qualifiers and time zones", () => {
  it.each([
    ["Monies provided January 2010", "Monies provided", month(2010, 1, 31)],
    ["presented to the Board December 2010", "presented to the Board", month(2010, 12, 31)],
    ["Held on 23 March 2009", "Held on", day("2009-03-23")],
  ])("reads %s as an event, keeping its words", (raw, label, span) => {
    expect(parseTimescale(raw).value.segments).toEqual([{ text: raw, label, when: { kind: "event", span } }]);
  });

  it("reads a future event as a plain date", () => {
    expect(whens("To be held March 2011")).toEqual([{ kind: "date", span: month(2011, 3, 31) }]);
  });

  it("reads mid-2010 as 2010 with a warning, and does not date after March 2011", () => {
    expect(whens("mid-2010")).toEqual([
      { kind: "date", span: { start: "2010-01-01", end: "2010-12-31", precision: "year" } },
    ]);
    expect(codes("mid-2010")).toEqual([["timescale/qualified", "warning"]]);
    expect(whens("after March 2011")).toEqual([{ kind: "unparsed" }]);
    expect(codes("after March 2011")).toEqual([["timescale/qualified", "warning"]]);
  });

  it("reads a day that a time zone skipped (Pacific/Apia, 30 December 2011)", () => {
    expect(whens("30/12/2011")).toEqual([{ kind: "date", span: day("2011-12-30") }]);
    expect(whens("29 February 2012")).toEqual([{ kind: "date", span: day("2012-02-29") }]);
  });

  it("answers text that is not a string with an issue, not a throw", () => {
    const parsed = parseTimescale(42 as unknown as string);
    expect(parsed.value).toEqual({ raw: "", segments: [] });
    expect(parsed.issues).toMatchObject([{ code: "usage/invalid-argument", severity: "error" }]);
  });
});
