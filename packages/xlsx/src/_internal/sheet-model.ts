import type { Rag } from "@cja-kit/core";

/** How a number is shown: as it is, as pounds (£, pence only when there are any) or as a percentage. */
export type NumberStyle = "plain" | "money" | "percent";

/**
 * A cell to write: text (always stored as text), a number with its style, a calendar date, a
 * rating (the word, coloured), or a heading of the README sheet.
 */
export type Cell =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; style: NumberStyle }
  | { kind: "date"; date: string }
  | { kind: "rag"; rag: Rag }
  | { kind: "title"; text: string }
  | { kind: "label"; text: string };

/** A list a column's cells must come from: canonical statuses or ratings. */
export type ColumnList = "status" | "rag";

/** A column of a sheet: its heading, its width in characters, the list its cells come from. */
export type SheetColumn = { label: string; width?: number; list?: ColumnList };

/**
 * A sheet to write. A `table` has its header row frozen, filtered and repeated on printed
 * pages; the README sheet is not a table.
 */
export type SheetSpec = {
  name: string;
  columns: readonly SheetColumn[];
  rows: ReadonlyArray<ReadonlyArray<Cell | undefined>>;
  table: boolean;
};

/** A text cell, or no cell for empty text. */
export const text = (value: string | undefined): Cell | undefined =>
  value === undefined || value.length === 0 ? undefined : { kind: "text", text: value };

/** Columns as a sheet knows them: heading, width and list, without how their cells are made. */
export function sheetColumns(columns: readonly SheetColumn[]): SheetColumn[] {
  return columns.map(({ label, width, list }) => ({
    label,
    ...(width === undefined ? {} : { width }),
    ...(list === undefined ? {} : { list }),
  }));
}
