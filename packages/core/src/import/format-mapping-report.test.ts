import { describe, expect, it } from "vitest";
import { columnLetter, formatMappingReport, rowRanges } from "./format-mapping-report";
import type { MappingReport } from "./mapping-report";

describe("formatMappingReport", () => {
  it("writes the heading row, one line a column, what the rows were, and the tally", () => {
    const report: MappingReport = {
      headingRow: 4,
      layout: "document",
      columns: [
        {
          index: 0,
          label: "Action",
          key: "Action",
          matchedBy: "alias",
          alias: "Action",
          role: { kind: "field", column: { field: "number", label: "Action" } },
          note: "wording",
        },
        {
          index: 1,
          label: "Notes",
          key: "Notes",
          matchedBy: "none",
          role: { kind: "field", column: { field: "extra", key: "Notes", label: "Notes" } },
        },
      ],
      rows: {
        data: 3,
        blank: 1,
        aboveHeading: [1, 2],
        skipped: [],
        headings: [{ row: 5, rule: "labelled-heading", text: "Outcome 1: Improve" }],
        filled: [{ row: 7, from: 6, columns: ["Notes"] }],
        numbered: [{ row: 6, number: "1" }],
      },
      cells: { nonEmpty: 6, placed: 4, reported: 2 },
    };
    expect(formatMappingReport(report).split("\n")).toEqual([
      "Heading row 4, layout document",
      '  A   "Action"                     → number                       (alias "Action"; holds wording: read as the action\'s wording)',
      '  B   "Notes"                      → extra column "Notes"         (unknown heading)',
      "Rows: 3 read, 1 blank",
      "  above the heading row, not read: 1-2",
      '  row 5: theme heading (labelled-heading) "Outcome 1: Improve"',
      '  row 7: "Notes" filled from row 6 (merged cells)',
      "  numbered by position: row 6 → 1",
      "Cells: 6 non-empty, 4 placed in the model, 2 reported by an issue",
    ]);
  });

  it("names columns as a spreadsheet does and rows as ranges", () => {
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ"]);
    expect(rowRanges([4, 5, 6, 9, 11, 12])).toEqual("4-6, 9, 11-12");
  });
});
