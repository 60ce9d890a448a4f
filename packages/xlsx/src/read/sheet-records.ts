import type { Issue, SourceItem } from "@cja-kit/core";
import { cellContext, openWorkbook } from "../_internal/open-workbook";
import { pickSheet } from "../_internal/pick-sheet";
import { sheetReader } from "../_internal/sheet-reader";
import { commentsNotRead, sheetsNotRead } from "../_internal/sheet-scan";
import { readPart } from "../_internal/workbook-package";
import { xlsxLimits } from "../_internal/xlsx-limits";
import type { SheetRecordsOptions } from "./read-options";

const alone = (issue: Issue): SourceItem[] => [{ issue }];

/**
 * Reads one worksheet of an .xlsx workbook as records: one per row that has text, each cell's
 * text as the user saw it (numbers and dates in their number format, so action `1.10` formatted
 * `0.00` stays `1.10` and a date formatted `mmmm yyyy` stays `July 2008`; UK short dates day
 * first), merged cells as spans on the record of their first row, in file order with the issues
 * met. A spacer row makes no record (a gap in the row numbers); a title above the header and
 * several header rows are records like any other. Every cell with text is in a record or named
 * by an issue. The workbook's XML is read while it inflates, never whole.
 *
 * Issues: formulas (`xlsx/formula`, read as their last calculated value; `xlsx/formula-without-value`),
 * `xlsx/hidden-row`, `xlsx/hidden-column`, `xlsx/hidden-sheet` (read all the same),
 * `xlsx/merged-cell-hidden`, `xlsx/error-value`, `xlsx/duplicate-cell`, `xlsx/sheet-not-read` and
 * `xlsx/comments-not-read` (info); limits and damage (`xlsx/too-large`, `xlsx/too-many-entries`,
 * `xlsx/too-large-inflated`, `xlsx/too-many-columns`, `xlsx/too-many-cells`, `xlsx/not-a-zip`,
 * `xlsx/encrypted-or-xls`, `xlsx/truncated`, `xlsx/unsafe-entry-name`, `xlsx/duplicate-entry`,
 * `xlsx/bad-xml`, `xlsx/doctype`, `xlsx/missing-part`, …) stop reading with an error.
 *
 * @param bytes - The .xlsx file.
 * @param options - Which sheet, and the limits.
 * @returns The records and issues of the sheet, in file order (issues carry `sheet`, `row` and
 * the column's letters); these are the records core's import pipeline reads plans and returns from.
 * @example
 * ```ts
 * const items = sheetRecords(new Uint8Array(await file.arrayBuffer()), { sheet: "Action Plan" });
 * for (const item of items)
 *   if ("issue" in item) console.warn(formatIssue(item.issue));
 *   else console.log(item.row, item.cells.join(" | "));
 * ```
 */
export function sheetRecords(
  bytes: Uint8Array | ArrayBuffer,
  options: SheetRecordsOptions = {},
): SourceItem[] {
  const limits = xlsxLimits(options);
  const workbook = openWorkbook(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), limits);
  if ("code" in workbook) return alone(workbook);
  const picked = pickSheet(workbook.info.sheets, options.sheet);
  if ("code" in picked) return alone(picked);
  const context = cellContext(workbook);
  if ("code" in context) return alone(context);
  const { pkg, info } = workbook;
  const { sheet } = picked;
  const before = [
    ...picked.issues,
    ...sheetsNotRead(pkg, info.sheets, sheet),
    ...commentsNotRead(pkg, sheet),
  ];
  const reader = sheetReader({
    ...context,
    sheet: sheet.name,
    maxColumns: limits.maxColumns,
    maxCells: limits.maxCells,
  });
  const stopped = readPart(pkg, sheet.part ?? "", reader.handlers, true);
  return [...before.map((issue) => ({ issue })), ...reader.finish(stopped)];
}
