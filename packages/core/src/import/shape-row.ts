import { headingKey } from "../plan/match-field";
import {
  headingDepth,
  headingLabelKind,
  isContinued,
  isOutcomeBox,
  splitHeading,
} from "./_internal/heading-text";
import { countFilled, filled } from "./_internal/tally";
import type { HeadingMap } from "./column-role";
import type { HeadingRule } from "./mapping-report";
import type { SourceRecord } from "./source-record";

/**
 * What a data row of a plan table is: a theme heading (with the rule that made it), the heading
 * row again (a long table repeats it; `labels` where a table below gives its own), or an item (an
 * action, or a further row of one).
 */
export type RowShape =
  | { kind: "heading"; row: number; text: string; rule: HeadingRule }
  | { kind: "labels"; row: number; labels?: readonly string[] }
  | { kind: "item"; row: number };

/** What shaping a row needs besides the row: the next row, and whether an item row is above in this theme. */
export type ShapeContext = {
  next: SourceRecord | undefined;
  itemAbove: boolean;
  /** Whether a cell is its column's heading again, or another heading of a plan column. */
  sameColumn: (heading: string, index: number) => boolean;
};

/** Whether a row has its first cell alone filled. */
export const firstOnly = (record: SourceRecord | undefined): boolean =>
  record !== undefined && filled(record.cells[0]) && record.cells.slice(1).every((cell) => !filled(cell));

const mergedAcross = (record: SourceRecord, width: number): boolean =>
  (record.spans ?? []).some((span) => span.column === 0 && span.columns >= Math.max(2, width - 1));

/** The heading row again, or a table's own labels: two or more cells, at least half the row, each a heading. */
function labelsRow(record: SourceRecord, map: HeadingMap, context: ShapeContext): RowShape | undefined {
  // Every row is asked: a row that is not one is told apart without making anything for it.
  if (countFilled(record.cells) < Math.max(2, Math.ceil(map.columns.length / 2))) return undefined;
  const cells = record.cells;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] as string;
    if (filled(cell) && !context.sameColumn(cell, index)) return undefined;
  }
  const same = cells.every(
    (cell, index) => !filled(cell) || headingKey(cell) === headingKey(map.columns[index]?.label ?? ""),
  );
  return same
    ? { kind: "labels", row: record.row }
    : { kind: "labels", row: record.row, labels: record.cells };
}

/**
 * Whether a first cell's wording is a heading's by itself: an outcome box, a numbered heading of at
 * most two levels, a labelled heading. `false` for a number alone, a deeper number, or other text.
 */
export function headingWording(text: string): HeadingRule | false {
  if (isOutcomeBox(text)) return "outcome-box";
  const { number, title } = splitHeading(text.split(/\r\n|\r|\n/)[0] ?? "");
  if (number !== undefined) return title !== undefined && headingDepth(number) <= 2 && "numbered-heading";
  return headingLabelKind(text) !== undefined && "labelled-heading";
}

/** Why a first cell alone is a heading, or `undefined` where it is an action whose other cells were merged. */
function headingRule(text: string, context: ShapeContext): HeadingRule | undefined {
  const worded = headingWording(text);
  if (worded !== false) return worded;
  if (splitHeading(text.split(/\r\n|\r|\n/)[0] ?? "").number !== undefined) return undefined;
  const next = context.next;
  // A theme heading never sits inside an action: a first cell alone between action rows whose
  // other cells are empty is one of a block of actions sharing merged cells.
  if (next !== undefined && !filled(next.cells[0])) return undefined;
  if (context.itemAbove && (next === undefined || firstOnly(next))) return undefined;
  return "first-cell-only";
}

/**
 * Shapes a data row of a plan table. In a `document` layout a row with its first cell alone is a
 * theme heading when it is an outcome box, a numbered heading (`2.1 Health`, at most two levels), a
 * labelled heading (`Outcome 1: …`), or text before the first action or followed by an action row;
 * otherwise it is an action whose other cells were merged (read with one row of look-ahead). A
 * cell merged across the table's width is a heading wherever the source says so. A row of
 * headings of the same columns is the heading row again.
 */
export function shapeRow(record: SourceRecord, map: HeadingMap, context: ShapeContext): RowShape {
  const labels = labelsRow(record, map, context);
  if (labels !== undefined) return labels;
  const text = record.cells[0] ?? "";
  if (firstOnly(record) && mergedAcross(record, map.columns.length))
    return { kind: "heading", row: record.row, text, rule: "merged-across" };
  if (map.layout !== "document" || !firstOnly(record) || isContinued(text))
    return { kind: "item", row: record.row };
  const rule = headingRule(text, context);
  return rule === undefined
    ? { kind: "item", row: record.row }
    : { kind: "heading", row: record.row, text, rule };
}
