import {
  canonicalLayout,
  formatReportingPeriod,
  type PlanTableRow,
  type ProgressEntry,
  type ProgressReturn,
  type ReturnPart,
} from "@cja-kit/core";
import { type PlanRole, planCell } from "./plan-cells";
import { type Cell, filledColumns, type SheetColumn, type SheetSpec, text } from "./sheet-model";
import { SHEET_NAMES } from "./sheet-names";

type Line = { progress: ProgressReturn; entry: ProgressEntry };
type ProgressRole = PlanRole | { kind: "return"; part: ReturnPart };
type ProgressColumn = SheetColumn & { role: ProgressRole };

const RETURN_WIDTHS: Readonly<Record<ReturnPart, number>> = {
  id: 18,
  period: 16,
  plan: 18,
  title: 28,
  reportedOn: 16,
  action: 10,
  row: 6,
};

function returnCell(part: ReturnPart, { progress, entry }: Line): Cell | undefined {
  switch (part) {
    case "id":
      return text(progress.id);
    case "period":
      return text(formatReportingPeriod(progress.period));
    case "plan":
      return text(progress.planId);
    case "title":
      return text(progress.title);
    case "reportedOn":
      return progress.reportedOn === undefined ? undefined : { kind: "date", date: progress.reportedOn };
    case "action":
      return text(entry.action);
    case "row":
      return entry.row === undefined
        ? undefined
        : { kind: "number", value: entry.row + 1, format: "General" };
  }
}

/** An entry seen as a table row of a one-row action, so its cells read as the plan sheet's. */
function asTableRow(entry: ProgressEntry): PlanTableRow {
  return {
    themes: [],
    action: { number: entry.action, rows: [{}] },
    path: [],
    rowIndex: 0,
    row: entry.extra === undefined ? {} : { extra: entry.extra },
    entry,
    columns: [],
  };
}

function columnsFor(lines: readonly Line[]): ProgressColumn[] {
  const extras = [...new Set(lines.flatMap(({ entry }) => Object.keys(entry.extra ?? {})))];
  return [
    ...canonicalLayout.returns.map(
      ([part, label]): ProgressColumn => ({
        label,
        width: RETURN_WIDTHS[part],
        role: { kind: "return", part },
      }),
    ),
    ...canonicalLayout.progress.map(
      (column): ProgressColumn =>
        "part" in column
          ? { label: column.label, width: 24, role: { kind: "progress", part: column.part } }
          : {
              label: column.label,
              width: column.field === "progress" || column.field === "nextSteps" ? 48 : 16,
              role: { kind: "field", column: { field: column.field, label: column.label } },
              ...(column.field === "status" ? { list: "status" as const } : {}),
              ...(column.field === "reportedRag" ? { ragColours: true } : {}),
            },
    ),
    ...extras.map(
      (key): ProgressColumn => ({
        label: key,
        width: 24,
        role: { kind: "field", column: { field: "extra", key, label: key } },
      }),
    ),
  ];
}

function cellOf(role: ProgressRole, line: Line): Cell | undefined {
  if (role.kind === "return") return returnCell(role.part, line);
  return planCell(role, { themes: [], table: asTableRow(line.entry) }, undefined);
}

/**
 * The progress sheet: core's canonical progress table (the columns `writeProgressCsv` writes,
 * which core's import reads back exactly), one row per entry of each return (several returns,
 * several periods, one sheet): the return's id, period, plan, title and date (a date cell), the
 * action and row, the narrative, each council's part, the status wording, id and rule, % complete,
 * next steps, a reported rating, a revised due date and any extra cells. Columns no row fills are
 * left out.
 */
export function progressSheet(returns: readonly ProgressReturn[]): SheetSpec {
  const lines = returns.flatMap((progress) => progress.entries.map((entry) => ({ progress, entry })));
  const columns = columnsFor(lines);
  const rows = lines.map((line) => columns.map((column) => cellOf(column.role, line)));
  return { name: SHEET_NAMES.progress, table: true, ...filledColumns(columns, rows) };
}
