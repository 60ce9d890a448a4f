import {
  type Authority,
  type CommitteeReport,
  type ImportResult,
  reportFromRecordStream,
  reportFromRecords,
} from "@cja-kit/core";
import { checkInput, checkObject, checkSource } from "./_internal/arguments";
import { csvRecordStream, csvRecords } from "./_internal/csv-records";
import { authorityRules, checkReadOptions, readRules } from "./_internal/option-checks";
import type { CsvReadOptions } from "./csv-options";

/**
 * Options for {@link readCommitteeReportCsv}: whose report it is, and how to read the file.
 *
 * @example
 * ```ts
 * const options: ReadCommitteeReportCsvOptions = { authority: communityJusticeAuthorities.lanarkshire };
 * ```
 */
export type ReadCommitteeReportCsvOptions = CsvReadOptions & { authority: Authority };

/**
 * Reads a committee report from the CSV {@link writeCommitteeReportCsv} writes, through core's
 * import: the report's fields, then its sections and paragraphs in order. A file without the
 * table's headings, an empty file, a field the report does not have (`__proto__`, `toString`
 * included) or a cell outside the table's columns is an issue with its row and column; the
 * report is checked with core's `validateCommitteeReport`.
 *
 * @param input - The file's text or bytes.
 * @param options - Whose report, and how to read the file.
 * @returns The report, every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when `input` is not a string or a Uint8Array, or `options` is not an object (or names an encoding or delimiter it does not know) or its `authority` is not an authority; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const read = readCommitteeReportCsv(csv, { authority: communityJusticeAuthorities.lanarkshire });
 * if (read.ok) read.value.sections.length;
 * ```
 */
export function readCommitteeReportCsv(
  input: string | Uint8Array,
  options: ReadCommitteeReportCsvOptions,
): ImportResult<CommitteeReport> {
  checkInput(input, "readCommitteeReportCsv");
  checkObject(options, "options", "readCommitteeReportCsv");
  checkReadOptions(options, [...readRules, ...authorityRules], "readCommitteeReportCsv");
  return reportFromRecords(csvRecords(input, options), options);
}

/**
 * As {@link readCommitteeReportCsv}, from chunks of text or bytes as they arrive.
 *
 * @param source - Chunks of the file, in order.
 * @param options - As for {@link readCommitteeReportCsv}.
 * @returns The report, every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` (a rejection) when `source` is not an async iterable or gives a chunk that is not a string or a Uint8Array, or `options` is not an object (or names an encoding or delimiter it does not know) or its `authority` is not an authority; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const read = await readCommitteeReportCsvStream(createReadStream("report.csv"), { authority });
 * ```
 */
export async function readCommitteeReportCsvStream(
  source: AsyncIterable<string | Uint8Array>,
  options: ReadCommitteeReportCsvOptions,
): Promise<ImportResult<CommitteeReport>> {
  checkSource(source, "readCommitteeReportCsvStream");
  checkObject(options, "options", "readCommitteeReportCsvStream");
  checkReadOptions(options, [...readRules, ...authorityRules], "readCommitteeReportCsvStream");
  return reportFromRecordStream(csvRecordStream(source, options), options);
}
