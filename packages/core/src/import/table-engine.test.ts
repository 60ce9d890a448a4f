import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import { contentText } from "../content/content-text";
import { formatMappingReport } from "./format-mapping-report";
import type { ImportResult } from "./mapping-report";
import { planFromRecordStream, planFromRecords } from "./plan-from-records";
import { reportFromRecords } from "./report-from-records";
import { returnsFromRecords } from "./returns-from-records";
import type { SourceItem } from "./source-record";

const plan = {
  kind: "action-plan" as const,
  authority: communityJusticeAuthorities.lanarkshire,
  period: { from: "2010-11", to: "2010-11" },
};
const items = (...rows: string[][]): SourceItem[] => rows.map((cells, i) => ({ row: i + 1, cells }));
const codes = (read: { issues: Array<{ code: string }> }) => read.issues.map((i) => i.code);

describe("the import engine", () => {
  it("takes the heading row from the first rows, reporting the rows above it", () => {
    const read = planFromRecords(items(["Action Plan 2017-18"], [""], ["Number", "Title"], ["1", "First"]), {
      plan,
    });
    expect(read.report.headingRow).toBe(3);
    expect(read.issues.map((i) => [i.code, i.row])).toEqual([["table/above-heading-row", 1]]);
    expect(read.report.cells).toEqual({ nonEmpty: 3, placed: 2, reported: 1 });
  });

  it("keeps adapter issues in file order", () => {
    const read = planFromRecords(
      [
        { row: 1, cells: ["Number", "Title"] },
        { issue: { code: "csv/malformed-row", severity: "error", message: "m", path: [], row: 2 } },
        { row: 3, cells: ["1", "x"] },
      ],
      { plan },
    );
    expect(codes(read)).toEqual(["csv/malformed-row"]);
    expect(read.ok).toBe(false);
  });

  it("refuses a heading row wider than maxColumns, and reads a wider row up to it", () => {
    expect(codes(planFromRecords(items(["Number", "Title", "Lead"]), { plan, maxColumns: 2 }))).toEqual([
      "table/too-many-columns",
    ]);
    const read = planFromRecords(items(["Number", "Title"], ["1", "x", "y", "z"]), { plan, maxColumns: 3 });
    expect(read.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["table/too-many-columns", 2, "Column 4"],
      ["table/ragged-row", 2, undefined],
    ]);
    expect(read.report.cells).toEqual({ nonEmpty: 4, placed: 3, reported: 1 });
  });

  it("leaves out a row with a cell longer than maxCellLength, naming its column", () => {
    const read = planFromRecords(items(["Number", "Title"], ["1", "x".repeat(11)], ["2", "fine"]), {
      plan,
      maxCellLength: 10,
    });
    expect(read.issues.map((i) => [i.code, i.row, i.column])).toEqual([["table/cell-too-large", 2, "Title"]]);
    expect(read.report.rows.skipped).toEqual([2]);
  });

  it("notes control characters and formula-like text it keeps", () => {
    expect(
      codes(planFromRecords(items(["Number", "Title"], ["1", "a\u0000b"], ["2", "=1+1"]), { plan })),
    ).toEqual(["table/control-character", "table/formula-like"]);
  });

  it("says when a table has no rows, and when a file has no heading row", () => {
    expect(codes(planFromRecords(items(["Number", "Title"]), { plan }))).toEqual(["table/no-rows"]);
    expect(codes(planFromRecords(items([""], [""]), { plan }))).toEqual(["table/no-heading-row"]);
  });

  it("gives the same result pushed whole or one record at a time", async () => {
    const rows = items(["Number", "Title"], ["1", "First"], ["", ""], ["2", "Second"]);
    const whole = planFromRecords(rows, { plan });
    async function* stream() {
      for (const item of rows) yield item;
    }
    const { planFromRecordStream } = await import("./plan-from-records");
    expect(await planFromRecordStream(stream(), { plan })).toEqual(whole);
    expect(whole.report.rows).toMatchObject({ data: 2, blank: 1 });
  });

  // Every kind of table, one unknown column ("Notes"), one second column for a field and one cell
  // beyond the heading row: the mapping report says what became of each cell, and the issues agree.
  // Wording: seed 004 (Lanarkshire CJA Chief Officer's Update, 2007) and seed 001 (Lanarkshire CJA
  // Quarter 2 progress, July - September 2010).
  const authority = communityJusticeAuthorities.lanarkshire;
  const kinds: Array<[string, () => ImportResult<unknown>, string]> = [
    [
      "plan",
      () =>
        planFromRecords(
          items(
            ["Action Number", "Aim", "Notes", "Aim"],
            ["2.1.3", "Facilitate risk assessment tools", "Ontrack", "Part complete", "SLC and NLC"],
          ),
          { plan },
        ),
      "kept",
    ],
    [
      "progress",
      () =>
        returnsFromRecords(
          items(
            ["Period", "Action", "Progress", "Notes", "Progress"],
            ["2010-11 Q2", "2.1.3", "On target", "Ontrack", "Part complete", "SLC and NLC"],
          ),
          { authority },
        ),
      "kept",
    ],
    [
      "committee report",
      () =>
        reportFromRecords(
          items(
            ["Field", "Section number", "Section title", "Role", "Paragraph number", "Text", "Notes", "Text"],
            [
              "",
              "1",
              "Purpose",
              "purpose",
              "1.1",
              "To update members.",
              "Ontrack",
              "Part complete",
              "SLC and NLC",
            ],
          ),
          { authority },
        ),
      "not read",
    ],
  ];

  it.each(kinds)(
    "%s: the mapping report says what became of extra columns' cells, as the issues do",
    (_, read, fate) => {
      const result = read();
      const lines = formatMappingReport(result.report).split("\n");
      const unread = result.issues.filter((i) => i.code === "table/cell-not-read").map((i) => i.actual);
      const value = JSON.stringify(result.ok ? result.value : undefined);
      const width = result.report.columns.length;
      const extras = ["Ontrack", "Part complete", "SLC and NLC"].map(
        (text, i) => [width - 3 + i, text] as const,
      );
      for (const [index, text] of extras) {
        const letter = String.fromCharCode(65 + index);
        const line = lines.find((l) => l.trimStart().startsWith(`${letter} `)) ?? "";
        if (fate === "kept") {
          expect(line).toMatch(/→ extra column/);
          expect(value).toContain(text);
          expect(unread).not.toContain(text);
        } else {
          expect(line).toMatch(/→ not read/);
          expect(line).not.toMatch(/extra column/);
          expect(unread).toContain(text);
        }
      }
      const told = result.issues.filter((i) =>
        ["table/unknown-heading", "table/same-field", "table/ragged-row"].includes(i.code),
      );
      expect(told).toHaveLength(3);
      for (const issue of told) expect(issue.message).toContain(fate === "kept" ? "kept" : "not read");
    },
  );
});

// An officer's tracker in Excel: a group row merged over the headings, as in East Dunbartonshire's
// CJOIP 2023-2026 delivery plan (packages/xlsx/test/fixtures/officer, "Action" over "No. | Action |
// Lead partner", "Delivery" over "Due | Budget", "Progress" over "RAG | Update").
describe("the import engine: a group row over the heading row", () => {
  const progress = {
    authority: communityJusticeAuthorities.lanarkshire,
    period: { kind: "quarter" as const, year: "2010-11", quarter: 2 as const },
  };
  const merged: SourceItem[] = [
    {
      row: 1,
      cells: ["Action", "", "Progress", ""],
      spans: [
        { column: 0, rows: 1, columns: 2 },
        { column: 2, rows: 1, columns: 2 },
      ],
    },
    { row: 2, cells: ["No.", "Action", "RAG", "Update"] },
    { row: 3, cells: ["1.1", "Deliver awareness sessions", "Green", "Four held"] },
  ];
  // The same layout saved as CSV: no spans, the group labels over blank cells.
  const flat = merged.map((item) => ("cells" in item ? { row: item.row, cells: item.cells } : item));

  it.each([
    ["merged cells (xlsx)", merged],
    ["blank cells (CSV)", flat],
  ])("takes the row under a group row of %s as the heading row and names the groups", (_, rows) => {
    const read = planFromRecords(rows, { plan, progress });
    expect(read.report.headingRow).toBe(2);
    expect(read.report.rows.aboveHeading).toEqual([1]);
    expect(
      read.report.columns.map((c) => (c.role.kind === "field" ? c.role.column.field : c.role.kind)),
    ).toEqual(["number", "title", "reportedRag", "progress"]);
    const group = read.issues.find((i) => i.code === "table/group-heading-row");
    expect([group?.severity, group?.row, group?.message]).toEqual([
      "info",
      1,
      'Row 1 is a group row over the headings under it ("Action" over columns 1-2, "Progress" over columns 3-4); the headings are read from row 2, and the group labels are not part of any column.',
    ]);
    expect(codes(read)).not.toContain("table/theme-column-labels");
    expect(read.ok && read.value.plan.themes[0]?.columns).toBeUndefined();
    const action = read.ok ? read.value.plan.themes[0]?.actions?.[0] : undefined;
    expect(action?.number).toBe("1.1");
    const entry = read.ok ? read.value.progress?.entries[0] : undefined;
    expect([entry?.reportedRag?.raw, contentText(entry?.progress ?? [])]).toEqual(["Green", "Four held"]);
    expect(read.report.cells).toEqual({ nonEmpty: 6, placed: 4, reported: 2 });
  });

  it("keeps a heading row with a blank heading when the row under it is data, not headings", () => {
    const read = planFromRecords(items(["Number", "", "Title"], ["1", "x", "First"]), { plan });
    expect(read.report.headingRow).toBe(1);
    expect(codes(read)).not.toContain("table/group-heading-row");
  });

  // Found by the cell-conservation property (seed 342602276): two statuses under a heading row with
  // a blank heading were taken as the heading row, and the real headings as group labels.
  it("keeps a heading row when the row under it says one heading twice (two statuses)", () => {
    const read = planFromRecords(
      items(
        ["Comments", "", "Revised due date", "Ward", "Time frame", "Notes"],
        ["Complete", "Complete", "", "July 2008", "", ""],
      ),
      { plan },
    );
    expect(read.report.headingRow).toBe(1);
    expect(codes(read)).not.toContain("table/group-heading-row");
    expect(read.report.cells).toEqual({ nonEmpty: 3, placed: 3, reported: 0 });
  });

  it("gives the same result pushed one record at a time", async () => {
    async function* stream() {
      for (const item of merged) yield item;
    }
    const streamed = await planFromRecordStream(stream(), { plan });
    expect(streamed).toEqual(planFromRecords(merged, { plan }));
  });
});
