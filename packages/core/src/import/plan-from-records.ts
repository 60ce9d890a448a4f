import { guarded, guardedAsync, has, isArray, isSourceItems, isSourceStream } from "../_internal/guard";
import { tableSettings } from "./_internal/table-settings";
import type { PlanImport, PlanImportOptions } from "./import-options";
import type { ImportResult } from "./mapping-report";
import { planKind } from "./plan-kind";
import type { SourceItem } from "./source-record";
import { tableEngine } from "./table-engine";

/** Whether options name the plan's owner (and the return's, where given): the reader reads their councils. */
const isPlanOptions = (value: unknown): boolean => {
  const owned = (meta: unknown) => has(meta, "authority", (authority) => has(authority, "councils", isArray));
  return (
    has(value, "plan", owned) &&
    (has(value, "progress", (p) => p === undefined) || has(value, "progress", owned))
  );
};

/**
 * Imports a plan from the records of a table (a CSV file, a worksheet), the one engine behind
 * every plan reader: the heading row found (rows above it reported), each heading read through
 * the caller's `headings`, the plan's own labels, the canonical headings or the aliases (unknown
 * ones kept as extra columns), rows shaped (theme headings, actions, further rows, `cont./` rows,
 * cells merged over rows filled in), cells read by core's parsers with their wording kept, actions
 * numbered by position where the table has no numbers, and the plan and its progress checked.
 * Every non-empty cell ends in the plan or in an issue naming its row and column; the mapping
 * report says how each column and row was read.
 *
 * @param items - The table's records and the adapter's own issues, in file order.
 * @param options - The plan's owner, kind and period, the return progress columns belong to, and
 *   how to read the table.
 * @returns The plan (and progress) with every issue, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const read = planFromRecords(
 *   [
 *     { row: 1, cells: ["Action", "Action Due Date", "Managed By"] },
 *     { row: 2, cells: ["Set up local consultation groups for residents", "31 March 2018", "Community Justice Partners"] },
 *   ],
 *   { plan: { kind: "action-plan", authority, period: { from: "2017-18", to: "2017-18" } } },
 * );
 * console.log(formatMappingReport(read.report));
 * ```
 */
export function planFromRecords(
  items: Iterable<SourceItem>,
  options: PlanImportOptions,
): ImportResult<PlanImport> {
  return guarded(
    "planFromRecords",
    () => [
      ["items", isSourceItems, items],
      ["options", isPlanOptions, options],
    ],
    () => planFromRecordsOf(items, options),
  );
}

function planFromRecordsOf(
  items: Iterable<SourceItem>,
  options: PlanImportOptions,
): ImportResult<PlanImport> {
  const engine = tableEngine(
    planKind(options, tableSettings(options, "planFromRecords")),
    tableSettings(options, "planFromRecords"),
  );
  for (const item of items) engine.push(item);
  return engine.finish();
}

/**
 * As {@link planFromRecords}, from records that arrive over time (a file read in chunks), holding
 * no more than a few rows at once. The result is the same as the whole-file driver's.
 *
 * @param items - The records and the adapter's issues, in file order.
 * @param options - As for {@link planFromRecords}.
 * @returns The plan (and progress) with every issue, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const read = await planFromRecordStream(csvRecordStream(chunks), { plan: meta });
 * ```
 */
export async function planFromRecordStream(
  items: AsyncIterable<SourceItem>,
  options: PlanImportOptions,
): Promise<ImportResult<PlanImport>> {
  return guardedAsync(
    "planFromRecordStream",
    () => [
      ["items", isSourceStream, items],
      ["options", isPlanOptions, options],
    ],
    () => planFromRecordStreamOf(items, options),
  );
}

async function planFromRecordStreamOf(
  items: AsyncIterable<SourceItem>,
  options: PlanImportOptions,
): Promise<ImportResult<PlanImport>> {
  const engine = tableEngine(
    planKind(options, tableSettings(options, "planFromRecordStream")),
    tableSettings(options, "planFromRecordStream"),
  );
  for await (const item of items) engine.push(item);
  return engine.finish();
}
