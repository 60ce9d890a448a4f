import type { Rag } from "@cja-kit/core";
import { formatNumber, numberFormat } from "./number-formats";

/**
 * A cell to write: text (always stored as text), a number with the format it is shown in (the
 * value as Excel stores it: 0.5 for 50%), a calendar date, a rating (the word, coloured), or a
 * heading of the README sheet.
 */
export type Cell =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; format: string }
  | { kind: "date"; date: string }
  | { kind: "rag"; rag: Rag }
  | { kind: "title"; text: string }
  | { kind: "label"; text: string };

/** A list a column's cells must come from: canonical status ids, or ratings in words. */
export type ColumnList = "status" | "rag";

/**
 * A column of a sheet: its heading, its width in characters, the list its cells come from, and
 * whether its cells are coloured by the rating they name (a `rag` list always is).
 */
export type SheetColumn = { label: string; width?: number; list?: ColumnList; ragColours?: boolean };

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

/**
 * A figure as a number cell in `format` when that format shows `value` exactly as `written`
 * (so it reads back as written, and still sorts and adds up); otherwise the wording as text.
 */
export function figure(written: string, value: number | undefined, format: string): Cell | undefined {
  if (written.length === 0) return undefined;
  if (value === undefined || !Number.isFinite(value)) return { kind: "text", text: written };
  const shown = formatNumber(value, numberFormat(format), false);
  return shown === written ? { kind: "number", value, format } : { kind: "text", text: written };
}

/** Columns as a sheet knows them: heading, width, list and colours, without how their cells are made. */
export function sheetColumns(columns: readonly SheetColumn[]): SheetColumn[] {
  return columns.map(({ label, width, list, ragColours }) => ({
    label,
    ...(width === undefined ? {} : { width }),
    ...(list === undefined ? {} : { list }),
    ...(ragColours === undefined ? {} : { ragColours }),
  }));
}

/** The columns some row fills, with their cells; `role`s and other writing details dropped. */
export function filledColumns<C extends SheetColumn>(
  columns: readonly C[],
  rows: ReadonlyArray<ReadonlyArray<Cell | undefined>>,
): { columns: SheetColumn[]; rows: Array<Array<Cell | undefined>> } {
  const used = columns.map(() => false);
  for (const row of rows)
    row.forEach((cell, c) => {
      if (cell !== undefined && c < used.length) used[c] = true;
    });
  const kept = used.flatMap((isUsed, c) => (isUsed ? [c] : []));
  return {
    columns: sheetColumns(kept.map((c) => columns[c] as C)),
    rows: rows.map((row) => kept.map((c) => row[c])),
  };
}
