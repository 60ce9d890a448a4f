import type { SourceItem } from "@cja-kit/core";
import { readSheet } from "../_internal/read-sheet";
import type { SheetRecordsOptions } from "./read-options";

/**
 * Reads one worksheet of an .xlsx workbook as records: one per row that has text, each cell's
 * text as the user saw it (numbers and dates in their number format, so action `1.10` formatted
 * `0.00` stays `1.10` and a date formatted `mmmm yyyy` stays `July 2008`; UK short dates day
 * first), merged cells as spans on the record of their first row, rich-text cells (some words
 * bold, italic, underlined or superscript) with their runs (`runs`, by column; joined, the cell's
 * text), in file order with the issues met. A spacer row makes no record (a gap in the row numbers); a title above the header and
 * several header rows are records like any other. Every record is padded with empty cells to the
 * width of the sheet's fullest row, as a sheet stores no empty cells at the end of a row. Every cell with text is in a record or named
 * by an issue. The workbook's XML is read while it inflates, never whole.
 *
 * Issues: formulas (`xlsx/formula`, read as their last calculated value; `xlsx/formula-without-value`),
 * `xlsx/hidden-row`, `xlsx/hidden-column`, `xlsx/hidden-sheet` (read all the same),
 * `xlsx/merged-cell-hidden`, `xlsx/error-value`, `xlsx/duplicate-cell`, `xlsx/sheet-not-read`,
 * `xlsx/comments-not-read` and `xlsx/strike-through` (words struck through, read as written) (info); limits and damage (`xlsx/too-large`, `xlsx/too-many-entries`,
 * `xlsx/too-large-inflated`, `xlsx/too-many-columns`, `xlsx/too-many-cells`, `xlsx/not-a-zip`,
 * `xlsx/encrypted-or-xls`, `xlsx/truncated`, `xlsx/unsafe-entry-name`, `xlsx/duplicate-entry`,
 * `xlsx/bad-xml`, `xlsx/doctype`, `xlsx/missing-part`, …) stop reading with an error.
 *
 * @param bytes - The .xlsx file.
 * @param options - Which sheet, and the limits.
 * @returns The records and issues of the sheet, in file order (issues carry `sheet`, `row` and
 * the column's letters); these are the records core's import pipeline reads plans and returns from.
 * @throws CjaKitError `usage/invalid-argument` when `bytes` is not a Uint8Array or ArrayBuffer, or `options` is not an object.
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
  return readSheet(bytes, options).items;
}
