import { checkOptions } from "../_internal/arguments";
import { packWorkbook } from "../_internal/pack-workbook";
import { workbookSheets } from "../_internal/workbook-sheets";
import type { WorkbookContents, WriteWorkbookOptions, WrittenWorkbook } from "./workbook-contents";

/**
 * Writes plans, progress returns, indicator sets and roll-ups as an Excel workbook (.xlsx), in
 * browsers and Node alike: one sheet per kind, then a README sheet saying what the workbook holds.
 * Every text cell is stored as text (action `1.10`, period `2010-11` and timescale `July 2008` stay
 * as written, also after editing: text cells have the Text format), dates as dates, money as
 * numbers in pounds with a £ format, percentages as percentages. Each table's header row is frozen,
 * filtered and printed on every page; Status and RAG columns offer a list of their values; RAG
 * cells name the rating in words and are coloured by it. The plan sheet uses core's `planTable` and
 * `cellContent`, so its columns and cells match the CSV and Word outputs.
 *
 * Issues: `xlsx/cell-too-long` (warning: a cell longer than the 32,767 characters Excel shows; the
 * whole text is written), `xlsx/progress-not-joined` (info: several returns, none the plan's).
 *
 * @param contents - What to write; at least one kind.
 * @param options - Title, date, and how the plan's rows are rated.
 * @returns The .xlsx bytes and the issues met.
 * @throws CjaKitError `usage/invalid-argument` when `contents` is not an object or holds nothing, or `options` is not an object.
 * @example
 * ```ts
 * const { bytes, issues } = writeWorkbook(
 *   { plan: lothianBordersActionPlan2010_11, progress: lothianBordersProgressYear2 },
 *   { created: "2010-10-29T09:00:00Z" },
 * );
 * const blob = new Blob([bytes], { type: XLSX_MEDIA_TYPE });
 * ```
 */
export function writeWorkbook(
  contents: WorkbookContents,
  options: WriteWorkbookOptions = {},
): WrittenWorkbook {
  checkOptions(contents, "writeWorkbook", false);
  checkOptions(options, "writeWorkbook", true);
  const { sheets, title, issues } = workbookSheets(contents, options ?? {});
  const packed = packWorkbook(sheets, title, options.created);
  return { bytes: packed.bytes, issues: [...issues, ...packed.issues] };
}
