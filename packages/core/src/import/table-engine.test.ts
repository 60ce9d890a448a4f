import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import { planFromRecords } from "./plan-from-records";
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
});
