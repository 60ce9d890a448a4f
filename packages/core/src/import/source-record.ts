import type { Issue } from "../issue/issue";

/**
 * A merged cell of a worksheet: the cell at `column` (from 0) of its record spans `rows` rows and
 * `columns` columns. A CSV file has none; an XLSX reader gives them, so merged cells are filled
 * from evidence rather than guessed.
 *
 * @example
 * ```ts
 * const span: CellSpan = { column: 1, rows: 4, columns: 1 }; // a due date merged over four rows
 * ```
 */
export type CellSpan = { column: number; rows: number; columns: number };

/**
 * A stretch of a cell's text with the marks a spreadsheet's rich text gives it: bold, italic,
 * underlined, superscript (the marks `Content` holds). Unlike a content `Run`, its text may hold
 * line breaks, as a rich-text run in a workbook cell can.
 *
 * @example
 * ```ts
 * const runs: CellRun[] = [{ text: "Year 1", underline: true }, { text: " Complete data review" }];
 * ```
 */
export type CellRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  superscript?: boolean;
};

/**
 * One record of a table as an adapter read it: the file line or sheet row it starts on (from 1),
 * its cells as the user saw them (for a spreadsheet, the formatted text, so "July 2008" stays
 * wording), its merged cells where the source has them, and `runs`, by column, for cells written
 * as rich text (an XLSX cell with some words bold): each such cell's text split into runs with
 * their marks, joined giving the cell's text. Where a cell has runs, the import reads its marks
 * from them, and its text as written, never as core's mark notation (`**bold**`); a cell with no
 * runs is read as today, its notation read where the cell becomes content.
 *
 * @example
 * ```ts
 * const record: SourceRecord = { row: 2, cells: ["1", "Set up local consultation groups", "31 March 2018"] };
 * const marked: SourceRecord = {
 *   row: 3,
 *   cells: ["2", "Year 1 Complete data review"],
 *   runs: [undefined, [{ text: "Year 1", underline: true }, { text: " Complete data review" }]],
 * };
 * ```
 */
export type SourceRecord = {
  row: number;
  cells: readonly string[];
  spans?: readonly CellSpan[];
  runs?: readonly (readonly CellRun[] | undefined)[];
};

/**
 * What an adapter gives the import, in file order: a record, or an issue of its own (a malformed
 * CSV row, bytes in the wrong encoding, a sheet it could not read) for input that never became a
 * record.
 *
 * @example
 * ```ts
 * const items: SourceItem[] = [
 *   { row: 1, cells: ["Number", "Title"] },
 *   { issue: { code: "csv/malformed-row", severity: "error", message: "…", path: [], row: 2 } },
 *   { row: 3, cells: ["2", "Second action"] },
 * ];
 * ```
 */
export type SourceItem = SourceRecord | { issue: Issue };
