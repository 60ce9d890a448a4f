import { describe, expect, it } from "vitest";
import { tableSettings } from "./_internal/table-settings";
import { mapHeadings } from "./map-headings";
import { type ShapeContext, shapeRow } from "./shape-row";
import type { SourceRecord } from "./source-record";
import { planMatcher } from "./table-kinds";

const map = mapHeadings(
  ["Action", "Action Due Date", "Managed By"],
  1,
  planMatcher([]),
  tableSettings({}, "planFromRecords"),
).value;
const record = (row: number, ...cells: string[]): SourceRecord => ({ row, cells });
const context = (next: SourceRecord | undefined, itemAbove: boolean): ShapeContext => ({
  next,
  itemAbove,
  sameColumn: (heading, index) => heading === map.columns[index]?.label,
});
const shape = (r: SourceRecord, next?: SourceRecord, itemAbove = false) =>
  shapeRow(r, map, context(next, itemAbove));
const full = record(9, "Establish consultation areas", "31 March 2018", "CJ Partners");

describe("shapeRow", () => {
  it("reads a full row as an item", () => {
    expect(shape(full)).toEqual({ kind: "item", row: 9 });
  });

  it.each([
    ["West Dunbartonshire Community Justice Outcome 1: Improve public understanding", "labelled-heading"],
    ["Priority Action 11: Deliver improved community justice outcomes", "labelled-heading"],
    ["2.1 Health & Wellbeing (A1-A5)", "numbered-heading"],
    ["Outcome\n• Minimise the harm caused", "outcome-box"],
  ])("reads a first cell alone %j as a heading (%s), even after actions", (text, rule) => {
    expect(shape(record(5, text, "", ""), full, true)).toMatchObject({ kind: "heading", rule });
  });

  it("reads a first cell alone between actions, the next row alike, as an action whose other cells were merged", () => {
    const next = record(6, "Identify ways to improve communication", "", "");
    expect(shape(record(5, "Develop and agree local indicators", "", ""), next, true)).toEqual({
      kind: "item",
      row: 5,
    });
    expect(shape(record(5, "Develop and agree local indicators", "", ""), undefined, true)).toEqual({
      kind: "item",
      row: 5,
    });
  });

  it("reads plain text alone as a heading before any action, or when an action row follows", () => {
    expect(shape(record(2, "Improve public understanding", "", ""), full, false)).toMatchObject({
      rule: "first-cell-only",
    });
    expect(shape(record(2, "Improve public understanding", "", ""), full, true)).toMatchObject({
      rule: "first-cell-only",
    });
  });

  it("reads a first cell alone followed by a further row (blank first cell) as an action", () => {
    expect(shape(record(2, "Set up groups", "", ""), record(3, "", "June 2018", ""), false)).toEqual({
      kind: "item",
      row: 2,
    });
  });

  it("never reads a number alone, a deep number or a cont./ row as a heading", () => {
    expect(shape(record(2, "2.1.1", "", ""))).toEqual({ kind: "item", row: 2 });
    expect(shape(record(2, "2.1.1 Title of an action", "", ""))).toEqual({ kind: "item", row: 2 });
    expect(shape(record(2, "2.1.3 cont./", "", ""))).toEqual({ kind: "item", row: 2 });
  });

  it("reads a cell the source merged across the table as a heading", () => {
    expect(
      shape(
        { row: 4, cells: ["Develop and agree", "", ""], spans: [{ column: 0, rows: 1, columns: 3 }] },
        full,
        true,
      ),
    ).toMatchObject({
      kind: "heading",
      rule: "merged-across",
    });
  });

  it("reads the heading row again, or a table's own labels, as labels", () => {
    expect(shape(record(7, "Action", "Action Due Date", "Managed By"))).toEqual({ kind: "labels", row: 7 });
  });
});
