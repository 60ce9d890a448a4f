import { guarded, guardedAsync, has, isObject, isSourceItems, isSourceStream } from "../_internal/guard";
import type { ProgressReturn } from "../progress/progress-return";
import { tableSettings } from "./_internal/table-settings";
import type { ReturnsImportOptions } from "./import-options";
import type { ImportResult } from "./mapping-report";
import { returnsKind } from "./returns-kind";
import type { SourceItem } from "./source-record";
import { tableEngine } from "./table-engine";

/**
 * Imports progress returns from the records of a table, one row per action (or action row) per
 * period: rows are grouped into one return per id, period, plan, title and date, in the order they
 * first appear; the status is read from the wording unless a Status column gives it (a canonical
 * status, or wording such as `Complete` read in any case); a RAG column and a revised due date are
 * kept; other columns are kept as extra cells. Every problem is an issue with its row and column.
 *
 * @param items - The table's records and the adapter's issues, in file order.
 * @param options - Whose returns, the default period and plan, and how to read the table.
 * @returns The returns with every issue, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const read = returnsFromRecords(
 *   [{ row: 1, cells: ["Period", "Action", "Status"] }, { row: 2, cells: ["2023-24", "34", "COMPLETE"] }],
 *   { authority },
 * );
 * read.ok && read.value[0]?.entries[0]?.status.status; // "complete"
 * ```
 */
export function returnsFromRecords(
  items: Iterable<SourceItem>,
  options: ReturnsImportOptions,
): ImportResult<ProgressReturn[]> {
  return guarded(
    "returnsFromRecords",
    () => [
      ["items", isSourceItems, items],
      ["options", (value) => has(value, "authority", isObject), options],
    ],
    () => returnsFromRecordsOf(items, options),
  );
}

function returnsFromRecordsOf(
  items: Iterable<SourceItem>,
  options: ReturnsImportOptions,
): ImportResult<ProgressReturn[]> {
  const engine = tableEngine(returnsKind(options), tableSettings(options, "returnsFromRecords"));
  for (const item of items) engine.push(item);
  return engine.finish();
}

/**
 * As {@link returnsFromRecords}, from records that arrive over time.
 *
 * @param items - The records and the adapter's issues, in file order.
 * @param options - As for {@link returnsFromRecords}.
 * @returns The returns with every issue, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const read = await returnsFromRecordStream(csvRecordStream(chunks), { authority });
 * ```
 */
export async function returnsFromRecordStream(
  items: AsyncIterable<SourceItem>,
  options: ReturnsImportOptions,
): Promise<ImportResult<ProgressReturn[]>> {
  return guardedAsync(
    "returnsFromRecordStream",
    () => [
      ["items", isSourceStream, items],
      ["options", (value) => has(value, "authority", isObject), options],
    ],
    () => returnsFromRecordStreamOf(items, options),
  );
}

async function returnsFromRecordStreamOf(
  items: AsyncIterable<SourceItem>,
  options: ReturnsImportOptions,
): Promise<ImportResult<ProgressReturn[]>> {
  const engine = tableEngine(returnsKind(options), tableSettings(options, "returnsFromRecordStream"));
  for await (const item of items) engine.push(item);
  return engine.finish();
}
