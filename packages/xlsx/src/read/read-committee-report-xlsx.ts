import { type CommitteeReport, checkTableOptions, type ImportResult, reportFromRecords } from "@cja-kit/core";
import { checkObjectOption } from "../_internal/arguments";
import { fromSheet, readSheet } from "../_internal/read-sheet";
import { SHEET_NAMES } from "../_internal/sheet-names";
import type { ReadCommitteeReportXlsxOptions } from "./read-options";

/**
 * Reads a committee report from a worksheet laid out as the committee-report table
 * (`writeCommitteeReportCsv`'s columns: the report's fields, then its sections and paragraphs in
 * order), through core's import. A sheet without the table's headings, a field the report does not
 * have or a cell outside the table's columns is an issue with its sheet, row and column; the report
 * is checked with core's `validateCommitteeReport`.
 *
 * @param bytes - The .xlsx file.
 * @param options - Whose report, the sheet (default: "Committee report" where the workbook has it,
 *   else the first visible worksheet), the limits and how to read the table.
 * @returns The report, every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when `bytes` is not a Uint8Array or ArrayBuffer, or `options` is not an object.
 * @example
 * ```ts
 * const read = readCommitteeReportXlsx(bytes, { authority: communityJusticeAuthorities.lanarkshire });
 * if (read.ok) read.value.sections.length;
 * ```
 */
export function readCommitteeReportXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadCommitteeReportXlsxOptions,
): ImportResult<CommitteeReport> {
  checkObjectOption(options, "authority", "readCommitteeReportXlsx");
  checkTableOptions(options, "readCommitteeReportXlsx");
  const read = readSheet(bytes, options, SHEET_NAMES.committeeReport, "readCommitteeReportXlsx");
  return fromSheet(reportFromRecords(read.items, options), read);
}
