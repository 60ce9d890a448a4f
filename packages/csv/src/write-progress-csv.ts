import type { PlanTableRow, ProgressReturn } from "@cja-kit/core";
import { cellText } from "./_internal/cell-text";
import { formatPeriod } from "./_internal/period-text";
import { PROGRESS_COLUMNS, type ProgressCsvColumn } from "./_internal/progress-columns";
import { toCsv } from "./_internal/stringify";
import type { CsvWriteOptions } from "./csv-options";

type Entry = ProgressReturn["entries"][number];

function returnCell(
  column: ProgressCsvColumn & { kind: "return" },
  progress: ProgressReturn,
  entry: Entry,
): string {
  switch (column.part) {
    case "id":
      return progress.id ?? "";
    case "period":
      return formatPeriod(progress.period);
    case "plan":
      return progress.planId ?? "";
    case "title":
      return progress.title ?? "";
    case "reportedOn":
      return progress.reportedOn ?? "";
    case "action":
      return entry.action;
    case "row":
      return entry.row === undefined ? "" : String(entry.row + 1);
  }
}

function entryRow(columns: readonly ProgressCsvColumn[], progress: ProgressReturn, entry: Entry): string[] {
  // An entry seen as a table row of a one-row action, so the plan CSV's cell texts apply.
  const table: PlanTableRow = {
    themes: [],
    action: { number: entry.action, rows: [{}] },
    path: [],
    rowIndex: 0,
    row: entry.extra === undefined ? {} : { extra: entry.extra },
    entry,
    columns: [],
  };
  return columns.map((column) =>
    column.kind === "return"
      ? returnCell(column, progress, entry)
      : cellText(column, { themes: [], table }, true),
  );
}

/**
 * Writes progress returns as CSV, one row per action (or action row) per period: the return's id,
 * the period
 * ("2010-11 Q2", "2010-11", "Year 2 (2009-10)"), the plan, the return's title and date, then the
 * narrative, per-council parts, status wording, canonical status and rule, % complete and next
 * steps, and any extra columns the entries carry. Excel-ready by default.
 *
 * @param returns - One return or several (several periods in one file).
 * @param options - How the file is written.
 * @returns The CSV text.
 * @example
 * ```ts
 * const csv = writeProgressCsv([lanarkshireProgress2008_09Q2, lanarkshireProgress2010_11Q2]);
 * ```
 */
export function writeProgressCsv(
  returns: ProgressReturn | readonly ProgressReturn[],
  options: CsvWriteOptions = {},
): string {
  const list: readonly ProgressReturn[] = Array.isArray(returns) ? returns : [returns as ProgressReturn];
  const extras = [
    ...new Set(list.flatMap((r) => r.entries.flatMap((entry) => Object.keys(entry.extra ?? {})))),
  ];
  const columns: ProgressCsvColumn[] = [
    ...PROGRESS_COLUMNS,
    ...extras.map((label): ProgressCsvColumn => ({ kind: "extra", label })),
  ];
  const rows = list.flatMap((progress) =>
    progress.entries.map((entry) => entryRow(columns, progress, entry)),
  );
  return toCsv([columns.map((column) => column.label), ...rows], options);
}
