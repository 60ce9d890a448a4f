import { communityJusticeAuthorities, type Issue } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { readCommitteeReportCsv, readIndicatorCsv, readPlanCsv, readProgressCsv } from "./index";

// A file that yields nothing is never `ok: true` in silence: every reader either fails (nothing to
// read: an empty file, a file of one empty line, a title with no table) or says that nothing was
// found (headings only, headings and blank rows, rows that are all theme headings, rows that name
// no indicator). Wording from seed 002 (Lothian & Borders CJA Action Plan 2010-11: its title and
// headings, theme headings 2.1 and 2.2), seed 001 (Lanarkshire CJA Quarter 2 progress, 2010) and
// seed 000 (Lanarkshire CJA committee report, 28 February 2008).

const authority = communityJusticeAuthorities["lothian-borders"];
const plan = { kind: "action-plan" as const, authority, period: { from: "2010-11", to: "2010-11" } };
const period = { kind: "quarter" as const, year: "2010-11", quarter: 2 as const };

const title = "LOTHIAN & BORDERS COMMUNITY JUSTICE AUTHORITY ACTION PLAN 2010-11\n";
const planHeadings = "Key Measure,Specific Operational Detail,Timescale,Work Group/ Chair\n";
const nothing = ["", "\n", "\r\n\r\n,,,\r\n"];

type Reader = (text: string) => { ok: boolean; issues: Issue[] };
const readers: Record<string, Reader> = {
  readPlanCsv: (text) => readPlanCsv(text, { plan }),
  readProgressCsv: (text) => readProgressCsv(text, { authority, period }),
  readCommitteeReportCsv: (text) => readCommitteeReportCsv(text, { authority }),
  readIndicatorCsv: (text) => readIndicatorCsv(text, { set: { title: "Orders", authority } }),
};

const codes = (read: { issues: Issue[] }) => read.issues.map((issue) => issue.code);

describe("reading a file that holds no rows", () => {
  it.each(
    Object.entries(readers).flatMap(([name, read]) => nothing.map((text) => [name, text, read] as const)),
  )("%s fails on %j: there is no heading row", (_name, text, read) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    expect(codes(result)).toContain("table/no-heading-row");
  });

  it.each(Object.entries(readers).filter(([name]) => name !== "readIndicatorCsv"))(
    "%s fails on a title alone: it names no column",
    (_name, read) => {
      const result = read(title);
      expect(result.ok).toBe(false);
      expect(codes(result)).toContain("table/no-known-headings");
    },
  );
});

describe("reading a table with nothing under its headings", () => {
  const tables: Array<[string, Reader, string, string]> = [
    ["readPlanCsv", readers.readPlanCsv as Reader, planHeadings, "table/no-rows"],
    ["readPlanCsv", readers.readPlanCsv as Reader, `${planHeadings},,,\n,,,\n`, "table/no-rows"],
    [
      "readPlanCsv",
      readers.readPlanCsv as Reader,
      `${planHeadings}2.1 Health & Wellbeing,,,\n"2.2 Housing, Accommodation & Support",,,\n`,
      "table/no-actions",
    ],
    ["readProgressCsv", readers.readProgressCsv as Reader, "Action,Progress,Status\n", "table/no-rows"],
    [
      "readCommitteeReportCsv",
      readers.readCommitteeReportCsv as Reader,
      "Field,Section number,Section title,Role,Paragraph number,Text\n",
      "table/no-rows",
    ],
    ["readIndicatorCsv", readers.readIndicatorCsv as Reader, "Indicator,2016-17,2017-18\n", "table/no-rows"],
    ["readIndicatorCsv", readers.readIndicatorCsv as Reader, title, "table/no-rows"],
    [
      "readIndicatorCsv",
      readers.readIndicatorCsv as Reader,
      "Indicator,2016-17\n,20\n",
      "indicator/none-read",
    ],
  ];

  it.each(tables)("%s on %j says so (%s)", (_name, read, text, code) => {
    const result = read(text);
    const said = result.issues.find((issue) => issue.code === code);
    expect(said?.severity).toBe("warning");
    expect(said?.message).toMatch(/no (rows|action|indicator)/);
  });

  it("names the rows read as theme headings when a plan table has no action", () => {
    const read = readPlanCsv(`${planHeadings}2.1 Health & Wellbeing,,,\n2.2 Housing,,,\n`, { plan });
    expect(read.ok).toBe(true);
    expect(read.issues.find((issue) => issue.code === "table/no-actions")).toMatchObject({
      row: 1,
      message: expect.stringContaining("rows 2-3 were read as theme headings"),
    });
  });
});
