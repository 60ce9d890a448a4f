import type { Checked } from "../issue/issue";
import type { MappedColumn, TableLayout } from "./column-role";

/**
 * Why a row of a table was read as a theme heading rather than an action: a theme column
 * changed, an outcome box ("Outcome" then its outcomes), a numbered heading (`2.1 Health`), a
 * labelled heading (`Outcome 1: …`, `Priority Action 3`), a first cell alone before any action,
 * or a cell merged across the table's width (where the source says so).
 *
 * @example
 * ```ts
 * const rule: HeadingRule = "labelled-heading";
 * ```
 */
export type HeadingRule =
  | "theme-columns"
  | "outcome-box"
  | "numbered-heading"
  | "labelled-heading"
  | "first-cell-only"
  | "merged-across";

/**
 * How a table was read, for a person to check and correct: the heading row and layout, how each
 * column was read (field, alias or rule, or unknown and kept as an extra column), what the rows
 * were (data rows, blank rows, rows above the heading row, rows left out, theme headings with the
 * rule that made each, rows whose empty cells were filled from merged cells, actions numbered by
 * position), and the tally of cells: every non-empty cell is placed in the model or reported by
 * an issue (`nonEmpty === placed + reported`).
 *
 * @example
 * ```ts
 * const read = planFromRecords(records, options);
 * console.log(formatMappingReport(read.report));
 * read.report.cells.nonEmpty === read.report.cells.placed + read.report.cells.reported; // true
 * ```
 */
export type MappingReport = {
  headingRow?: number;
  layout?: TableLayout;
  columns: readonly MappedColumn[];
  rows: {
    data: number;
    blank: number;
    aboveHeading: readonly number[];
    skipped: readonly number[];
    headings: ReadonlyArray<{ row: number; rule: HeadingRule; text: string }>;
    filled: ReadonlyArray<{ row: number; from: number; columns: readonly string[] }>;
    numbered: ReadonlyArray<{ row: number; number: string }>;
  };
  cells: { nonEmpty: number; placed: number; reported: number };
};

/**
 * The result of an import: the value and its issues (as any check gives them), and how the table
 * was read.
 *
 * @example
 * ```ts
 * const read: ImportResult<PlanImport> = planFromRecords(records, options);
 * if (!read.ok) console.log(formatMappingReport(read.report));
 * ```
 */
export type ImportResult<T> = Checked<T> & { report: MappingReport };
