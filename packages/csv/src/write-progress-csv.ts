import {
  canonicalLayout,
  formatReportingPeriod,
  type Issue,
  type PlanTableRow,
  ProgressReturn,
  type ReturnPart,
} from "@cja-kit/core";
import { checkObject, guarded, isObject } from "./_internal/arguments";
import { cellText } from "./_internal/cell-text";
import { checkOptions, writeRules } from "./_internal/option-checks";
import { writeCsv } from "./_internal/stringify";
import type { WriteColumn } from "./_internal/write-columns";
import type { CsvWriteOptions } from "./csv-options";

type Entry = ProgressReturn["entries"][number];

function returnCell(part: ReturnPart, progress: ProgressReturn, entry: Entry): string {
  switch (part) {
    case "id":
      return progress.id ?? "";
    case "period":
      return formatReportingPeriod(progress.period);
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

function entryRow(columns: readonly WriteColumn[], progress: ProgressReturn, entry: Entry): string[] {
  // An entry seen as a table row of a one-row action, so the plan CSV's cell texts apply.
  const table: PlanTableRow = {
    themes: [],
    action: { number: entry.action, rows: [{}] },
    path: [],
    rowIndex: 0,
    row: {},
    entry,
    columns: [],
  };
  const where = { planColumns: [], first: false, canonical: true };
  return columns.map((column) =>
    column.role.kind === "return"
      ? returnCell(column.role.part, progress, entry)
      : cellText(column, { themes: [], table }, where),
  );
}

function columnsFor(list: readonly ProgressReturn[]): WriteColumn[] {
  const entries = list.flatMap((r) => r.entries);
  const uses = (key: "reportedRag" | "revisedTimescale") => entries.some((entry) => entry[key] !== undefined);
  const extras = [...new Set(entries.flatMap((entry) => Object.keys(entry.extra ?? {})))];
  return [
    ...canonicalLayout.returns.map(
      ([part, label]): WriteColumn => ({ label, role: { kind: "return", part } }),
    ),
    ...canonicalLayout.progress.flatMap((column): WriteColumn[] => {
      if ("part" in column) return [{ label: column.label, role: { kind: "progress", part: column.part } }];
      if ((column.field === "reportedRag" || column.field === "revisedTimescale") && !uses(column.field))
        return [];
      return [
        {
          label: column.label,
          role: { kind: "field", column: { field: column.field, label: column.label } },
        },
      ];
    }),
    // Headed "Progress: Opened", so a cell the entry keeps reads back as its own, never as a field.
    ...extras.map(
      (key): WriteColumn => ({
        label: canonicalLayout.progressExtraLabel(key),
        role: { kind: "progress", part: "extra", key },
      }),
    ),
  ];
}

/**
 * Writes progress returns as CSV, one row per action (or action row) per period: the return's id,
 * the period ("2010-11 Q2", "2010-11", "Year 2 (2009-10)"), the plan, the return's title and date,
 * then the narrative, per-council parts, status wording, canonical status and rule, % complete,
 * next steps, a reported rating and a revised due date where any entry has one, and the cells
 * the entries keep under their own headings (`Progress: Opened`), read back onto each entry. Excel-ready by default.
 *
 * @param returns - One return or several (several periods in one file).
 * @param options - How the file is written.
 * @returns The CSV text, and `csv/cell-too-long-for-spreadsheet` warnings for cells longer than a spreadsheet holds (32,767 characters).
 * @throws CjaKitError `usage/invalid-argument` when `returns` is not a progress return or an array of them, or `options` is given and is not an object; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const { csv, issues } = writeProgressCsv([lanarkshireProgress2008_09Q2, lanarkshireProgress2010_11Q2]);
 * ```
 */
export function writeProgressCsv(
  returns: ProgressReturn | readonly ProgressReturn[],
  options: CsvWriteOptions = {},
): { csv: string; issues: Issue[] } {
  if (!Array.isArray(returns)) checkObject(returns, "returns", "writeProgressCsv");
  checkObject(options, "options", "writeProgressCsv", true);
  checkOptions(options, writeRules, "writeProgressCsv");
  const list: readonly ProgressReturn[] = Array.isArray(returns) ? returns : [returns as ProgressReturn];
  return guarded(
    "writeProgressCsv",
    () => [
      ["returns", ProgressReturn.array(), list],
      ["options", isObject, options],
    ],
    () => progressCsv(list, options),
  );
}

function progressCsv(
  list: readonly ProgressReturn[],
  options: CsvWriteOptions,
): { csv: string; issues: Issue[] } {
  const columns = columnsFor(list);
  const rows = list.flatMap((progress) =>
    progress.entries.map((entry) => entryRow(columns, progress, entry)),
  );
  return writeCsv([columns.map((column) => column.label), ...rows], options);
}
