import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import { contentText } from "../content/content-text";
import { planActions } from "../plan/plan-actions";
import { formatMappingReport } from "./format-mapping-report";
import { planFromRecords } from "./plan-from-records";
import type { SourceItem } from "./source-record";

const authority = communityJusticeAuthorities["north-strathclyde"];
const plan = { kind: "action-plan" as const, authority, period: { from: "2017-18", to: "2017-18" } };
const actions = (read: ReturnType<typeof planFromRecords>) =>
  read.ok ? planActions(read.value.plan).map(({ action }) => action) : [];

describe("planFromRecords", () => {
  it("fills cells a worksheet merged over rows from its spans, exactly", () => {
    const items: SourceItem[] = [
      { row: 1, cells: ["Action", "Action Due Date", "Managed By"] },
      {
        row: 2,
        cells: ["Establish consultation areas", "31 March 2018", "CJ Partners"],
        spans: [{ column: 1, rows: 3, columns: 1 }],
      },
      { row: 3, cells: ["Develop local indicators", "", "Council"], spans: [] },
      { row: 4, cells: ["Identify ways to improve", "", ""], spans: [] },
    ];
    const read = planFromRecords(items, { plan });
    expect(actions(read).map((a) => [a.rows[0]?.timescale?.raw, contentText(a.rows[0]?.lead ?? [])])).toEqual(
      [
        ["31 March 2018", "CJ Partners"],
        ["31 March 2018", "Council"],
        ["31 March 2018", ""],
      ],
    );
    expect(read.report.rows.filled.map((f) => [f.row, f.from, f.columns])).toEqual([
      [3, 2, ["Action Due Date"]],
      [4, 2, ["Action Due Date"]],
    ]);
  });

  it("reads a cell merged across the table as a heading", () => {
    const read = planFromRecords(
      [
        { row: 1, cells: ["Action", "Due", "Lead"] },
        {
          row: 2,
          cells: ["Improve public understanding", "", ""],
          spans: [{ column: 0, rows: 1, columns: 3 }],
        },
        { row: 3, cells: ["Establish areas", "March 2018", "CJP"] },
      ],
      { plan },
    );
    expect(read.ok && read.value.plan.themes.map((t) => t.title)).toEqual(["Improve public understanding"]);
    expect(read.report.rows.headings).toEqual([
      { row: 2, rule: "merged-across", text: "Improve public understanding" },
    ]);
  });

  it("nests themes by theme columns, a blank cell meaning the theme above", () => {
    const read = planFromRecords(
      [
        { row: 1, cells: ["Aim", "Priority action", "No.", "Deliverable"] },
        { row: 2, cells: ["Aim 2", "Priority Action 3", "12", "Revise guidance"] },
        { row: 3, cells: ["", "", "13", "Publish a report"] },
        { row: 4, cells: ["", "Priority Action 4", "14", "Pilot a programme"] },
      ],
      { plan, headings: { Aim: "Theme 1" } },
    );
    expect(read.ok && read.value.plan.themes).toMatchObject([
      {
        title: "Aim 2",
        themes: [
          { title: "Priority Action 3", actions: [{ number: "12" }, { number: "13" }] },
          { title: "Priority Action 4", actions: [{ number: "14" }] },
        ],
      },
    ]);
  });

  it("keeps a table's own labels under its heading as that theme's columns", () => {
    const read = planFromRecords(
      [
        { row: 1, cells: ["Action Number", "Aim", "Objective"] },
        { row: 2, cells: ["2.5 Offender Outcomes", "", ""] },
        { row: 3, cells: ["Action Number", "Objective", "Specific"] },
        { row: 4, cells: ["2.5.9", "Ensure victim awareness", "All groupwork"] },
      ],
      { plan },
    );
    expect(read.ok && read.value.plan.themes[0]?.columns).toEqual([
      { field: "number", label: "Action Number" },
      { field: "aim", label: "Objective" },
      { field: "objective", label: "Specific" },
    ]);
    const named = read.issues.filter((i) => i.code === "table/theme-column-labels");
    expect(named.map((i) => [i.severity, i.row, i.message])).toEqual([
      [
        "info",
        3,
        'Row 3 is read as the column labels of the theme "Offender Outcomes" ("Action Number | Objective | Specific"), not as an action; the rows under it are read by the heading row\'s columns.',
      ],
    ]);
  });

  // A row of values is data, never a guess at labels: "COMPLETE,COMPLETE" under "Milestone,Action
  // owner" was found by the csv cell-conservation property; "Complete" is seed 002's wording (Lothian
  // & Borders CJA Action Plan 2010-11, action 2.5.3, its Year 2 Progress cell); "Not commenced",
  // "On target" and "Part complete" are seed 001's (Lanarkshire CJA Quarter 2 progress, 2010).
  it.each([
    [["COMPLETE", "COMPLETE"]],
    [["Complete", "Complete"]],
    [["Complete", "Not commenced"]],
    [["Part complete", "Complete"]],
  ])("reads a row of status words %j under the headings as an action, not as the theme's labels", (cells) => {
    const read = planFromRecords(
      [
        { row: 1, cells: ["Milestone", "Action owner"] },
        { row: 2, cells },
      ],
      { plan },
    );
    expect(read.ok && read.value.plan.themes.every((theme) => theme.columns === undefined)).toBe(true);
    expect(
      actions(read).map((a) => [
        contentText(a.rows[0]?.milestones ?? []),
        contentText(a.rows[0]?.lead ?? []),
      ]),
    ).toEqual([cells]);
    expect(read.report.cells).toEqual({ nonEmpty: 2, placed: 2, reported: 0 });
  });

  it("still reads a second heading row of an officer's labels as the theme's own, a label that reads as a value included", () => {
    // Seed 003 (Lanarkshire CJA Draft Implementation Plan 2008-09) repeats its headings over each
    // section; "Revised timescale" is an officer's heading (field aliases) though it reads as a status.
    const read = planFromRecords(
      [
        { row: 1, cells: ["Action Number", "Milestones", "When will it be done by?"] },
        { row: 2, cells: ["2.4 Less serious/first time offenders", "", ""] },
        { row: 3, cells: ["Action Number", "Objective", "Revised timescale"] },
        { row: 4, cells: ["2.4.1", "Facilitate the development of diversion", "March 2009"] },
      ],
      { plan },
    );
    expect(read.ok && read.value.plan.themes[0]?.columns).toEqual([
      { field: "number", label: "Action Number" },
      { field: "milestones", label: "Objective" },
      { field: "timescale", label: "Revised timescale" },
    ]);
    expect(actions(read).map((a) => a.number)).toEqual(["2.4.1"]);
  });

  it("leaves out a totals row under the table with a warning naming it, not an action", () => {
    const read = planFromRecords(
      [
        { row: 1, cells: ["No.", "Action", "Budget"] },
        { row: 2, cells: ["1.1", "Sessions", "£2,500"] },
        { row: 3, cells: ["", "Total", "£2,500"] },
      ],
      { plan },
    );
    expect(actions(read).map((a) => a.number)).toEqual(["1.1"]);
    expect(read.issues.map((i) => [i.code, i.severity, i.row, i.column, i.actual])).toEqual([
      ["table/totals-row", "warning", 3, "Action", "Total | £2,500"],
    ]);
    expect(read.report.cells).toEqual({ nonEmpty: 5, placed: 3, reported: 2 });
  });

  // East Ayrshire CPP, SOA 2015-18 Improvement Plan 2017 (packages/cli/test/fixtures): a group
  // row in a table whose first column is the area for improvement, read as a target.
  it("names a first cell alone worded as a heading in a table whose first column is not the actions' wording", () => {
    const items: SourceItem[] = [
      { row: 1, cells: ["Area for improvement", "Action", "Lead"] },
      { row: 2, cells: ["Annual number of visitors (Increase)", "Carry out a review of STEAM", "Planning"] },
      { row: 3, cells: ["Priority 1.3: Improve the vibrancy of our town centres", "", ""] },
      { row: 4, cells: ["ECONOMY AND SKILLS", "", ""] },
      { row: 5, cells: ["Vacant town centre buildings (Reduction)", "Consider the list", "Planning"] },
    ];
    const read = planFromRecords(items, { plan, headings: { "Area for improvement": "localTarget" } });
    expect(read.report.layout).toBe("flat");
    const named = read.issues.filter((i) => i.code === "table/heading-like-row");
    expect(named.map((i) => [i.severity, i.row, i.column, i.actual])).toEqual([
      ["warning", 3, "Area for improvement", "Priority 1.3: Improve the vibrancy of our town centres"],
      ["warning", 4, "Area for improvement", "ECONOMY AND SKILLS"],
    ]);
    expect(named[0]?.message).toContain('map "Area for improvement" to the actions\' wording or measure');
    const asMeasure = planFromRecords(items, { plan, headings: { "Area for improvement": "measure" } });
    expect(asMeasure.issues.map((i) => i.code)).not.toContain("table/heading-like-row");
  });

  it("accounts for every cell, and the report says how", () => {
    const read = planFromRecords(
      [
        { row: 1, cells: ["No.", "Deliverable", "Notes", "Notes"] },
        { row: 2, cells: ["1", "Establish a group", "first", "second"] },
      ],
      { plan },
    );
    expect(read.report.cells).toEqual({ nonEmpty: 4, placed: 4, reported: 0 });
    expect(formatMappingReport(read.report)).toContain(
      'D   "Notes"                      → extra column "Notes (2)"',
    );
  });

  it("reads theme outcome codes over the wording, which is kept as written, and warns of a code it cannot read", () => {
    const read = planFromRecords(
      [
        {
          row: 1,
          cells: [
            "Theme 1 title",
            "Theme 1 outcome refs",
            "Theme 1 outcome codes",
            "Plan column labels",
            "Number",
          ],
        },
        {
          row: 2,
          cells: ["Reduce reoffending", "National Strategy Section 4", "nscj-2016:4; section 4", "", "1"],
        },
      ],
      { plan },
    );
    expect(read.ok && read.value.plan.themes[0]?.outcomeRefs).toEqual({
      raw: "National Strategy Section 4",
      refs: [{ framework: "nscj-2016", code: "4" }],
    });
    expect(read.issues.map((issue) => [issue.code, issue.row, issue.actual])).toEqual([
      ["table/unreadable-outcome-code", 2, "section 4"],
    ]);
  });
});
