import { guarded, guardedAsync, has, isObject, isSourceItems, isSourceStream } from "../_internal/guard";
import type { CommitteeReport } from "../report/committee-report";
import { tableSettings } from "./_internal/table-settings";
import type { ReportImportOptions } from "./import-options";
import type { ImportResult } from "./mapping-report";
import { reportKind } from "./report-kind";
import type { SourceItem } from "./source-record";
import { tableEngine } from "./table-engine";

/**
 * Imports a committee report from the records of a table with the columns Field, Section number,
 * Section title, Role, Paragraph number and Text: a row per field of the report (named in the
 * Field column), then a row per paragraph, in order. Every cell is read or reported with its row
 * and column; the report is checked with `validateCommitteeReport`.
 *
 * @param items - The table's records and the adapter's issues, in file order.
 * @param options - Whose report, and how to read the table.
 * @returns The report with every issue, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const read = reportFromRecords(records, { authority: communityJusticeAuthorities.lanarkshire });
 * if (read.ok) read.value.sections.length;
 * ```
 */
export function reportFromRecords(
  items: Iterable<SourceItem>,
  options: ReportImportOptions,
): ImportResult<CommitteeReport> {
  return guarded(
    "reportFromRecords",
    () => [
      ["items", isSourceItems, items],
      ["options", (value) => has(value, "authority", isObject), options],
    ],
    () => reportFromRecordsOf(items, options),
  );
}

function reportFromRecordsOf(
  items: Iterable<SourceItem>,
  options: ReportImportOptions,
): ImportResult<CommitteeReport> {
  const engine = tableEngine(reportKind(options), tableSettings(options, "reportFromRecords"));
  for (const item of items) engine.push(item);
  return engine.finish();
}

/**
 * As {@link reportFromRecords}, from records that arrive over time.
 *
 * @param items - The records and the adapter's issues, in file order.
 * @param options - As for {@link reportFromRecords}.
 * @returns The report with every issue, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const read = await reportFromRecordStream(csvRecordStream(chunks), { authority });
 * ```
 */
export async function reportFromRecordStream(
  items: AsyncIterable<SourceItem>,
  options: ReportImportOptions,
): Promise<ImportResult<CommitteeReport>> {
  return guardedAsync(
    "reportFromRecordStream",
    () => [
      ["items", isSourceStream, items],
      ["options", (value) => has(value, "authority", isObject), options],
    ],
    () => reportFromRecordStreamOf(items, options),
  );
}

async function reportFromRecordStreamOf(
  items: AsyncIterable<SourceItem>,
  options: ReportImportOptions,
): Promise<ImportResult<CommitteeReport>> {
  const engine = tableEngine(reportKind(options), tableSettings(options, "reportFromRecordStream"));
  for await (const item of items) engine.push(item);
  return engine.finish();
}
