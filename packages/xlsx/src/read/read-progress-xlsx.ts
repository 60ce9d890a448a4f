import { checkTableOptions, type ImportResult, type ProgressReturn, returnsFromRecords } from "@cja-kit/core";
import { checkObjectOption } from "../_internal/arguments";
import { fromSheet, readSheet } from "../_internal/read-sheet";
import { SHEET_NAMES } from "../_internal/sheet-names";
import type { ReadProgressXlsxOptions } from "./read-options";

/**
 * Reads progress returns from a worksheet, one row per action (or action row) per period, as
 * {@link writeWorkbook} writes its Progress sheet or an officer keeps one, through core's import
 * (the engine behind `readProgressCsv`): rows grouped into one return per period, plan, title and
 * date; the status read from the wording unless a Status column gives it; a RAG column and a
 * revised due date kept; `Reported on` a date cell or day-first text. Cells are read as the user
 * saw them; every non-empty cell ends in a return or in an issue naming its sheet, row and column.
 *
 * @param bytes - The .xlsx file.
 * @param options - Whose returns, default period and plan, the sheet (default: "Progress" where
 *   the workbook has it, else the first visible worksheet), the limits and how to read the table.
 * @returns The returns, every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when `bytes` is not a Uint8Array or ArrayBuffer, or `options` is not an object.
 * @example
 * ```ts
 * const read = readProgressXlsx(bytes, { authority: communityJusticeAuthorities.lanarkshire });
 * if (read.ok) read.value.map((r) => r.entries.length);
 * ```
 */
export function readProgressXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadProgressXlsxOptions,
): ImportResult<ProgressReturn[]> {
  checkObjectOption(options, "authority", "readProgressXlsx");
  checkTableOptions(options, "readProgressXlsx");
  const read = readSheet(bytes, options, SHEET_NAMES.progress, "readProgressXlsx");
  return fromSheet(returnsFromRecords(read.items, options), read);
}
