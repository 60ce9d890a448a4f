import { describe, expect, it } from "vitest";
import { tableSettings } from "./_internal/table-settings";
import { mapHeadings } from "./map-headings";
import { filledIssues, rowColumns, startsAction } from "./merged-cells";
import { planMatcher } from "./table-kinds";

const map = mapHeadings(
  ["No.", "Deliverable", "Timescale", "Lead", "Status", "Notes"],
  1,
  planMatcher([]),
  tableSettings({}, "planFromRecords"),
).value;

describe("merged cells", () => {
  it("spans the row's own columns, not the action's or its progress", () => {
    expect(rowColumns(map)).toEqual([2, 3, 5]);
  });

  it("starts an action at a number or wording", () => {
    expect(startsAction(["", "Revise guidance", "", "", "", ""], map)).toBe(true);
    expect(startsAction(["", "", "June", "", "", ""], map)).toBe(false);
  });

  it("reports each block filled from one row once", () => {
    const issues = filledIssues([
      { row: 4, from: 3, columns: ["Timescale", "Lead"] },
      { row: 5, from: 3, columns: ["Timescale", "Lead"] },
      { row: 9, from: 8, columns: ["Lead"] },
    ]);
    expect(issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      ["table/merged-cells-filled", "info", 4, "Timescale"],
      ["table/merged-cells-filled", "info", 9, "Lead"],
    ]);
    expect(issues[0]?.message).toContain("Rows 4-5");
  });
});
