import {
  type ActionAssessment,
  type AssessPlanOptions,
  assessPlan,
  type Column,
  canonicalStatusLabels,
  cellContent,
  formatContent,
  type Money,
  type Plan,
  type PlanTableRow,
  type ProgressReturn,
  planTable,
} from "@cja-kit/core";
import { extraLabels, planColumns } from "./plan-columns";
import { type Cell, type SheetColumn, type SheetSpec, sheetColumns, text } from "./sheet-model";
import { themeHeading } from "./theme-heading";

type PlanSheetColumn = SheetColumn & { cell: (row: PlanTableRow) => Cell | undefined };

const WIDE = 40;

function themeColumns(rows: readonly PlanTableRow[]): PlanSheetColumn[] {
  const depth = Math.max(0, ...rows.map((row) => row.themes.length));
  return Array.from({ length: depth }, (_, level) => {
    const label = depth === 1 ? "Theme" : `Theme ${level + 1}`;
    const outcomes = rows.some((row) => (row.themes[level]?.localOutcomes?.length ?? 0) > 0);
    const heading: PlanSheetColumn = {
      label,
      width: 28,
      cell: (row) => text(themeHeading(row.themes[level])),
    };
    const outcome: PlanSheetColumn = {
      label: `${label} outcome`,
      width: WIDE,
      cell: (row) => text(formatContent(row.themes[level]?.localOutcomes ?? [])),
    };
    return outcomes ? [heading, outcome] : [heading];
  }).flat();
}

/** A single amount of resources in pounds: a stated total, or the only amount; otherwise none (never a sum guessed). */
export function resourcesPounds(money: Money | undefined): number | undefined {
  const amount = money?.total ?? (money?.amounts.length === 1 ? money.amounts[0] : undefined);
  return amount === undefined ? undefined : amount.pence / 100;
}

function fieldColumns(columns: readonly Column[], rows: readonly PlanTableRow[]): PlanSheetColumn[] {
  const shown = columns.map(
    (column): PlanSheetColumn => ({
      label: column.label,
      width: column.field === "number" || column.field === "flag" ? 12 : WIDE,
      cell: (row) => text(formatContent(cellContent(column, row))),
    }),
  );
  const money = rows.some((row) => resourcesPounds(row.row.resources) !== undefined);
  const pounds: PlanSheetColumn = {
    label: "Resources (£)",
    width: 14,
    cell: (row) => {
      const value = resourcesPounds(row.row.resources);
      return value === undefined ? undefined : { kind: "number", value, style: "money" };
    },
  };
  const extras = extraLabels(rows).map(
    (label): PlanSheetColumn => ({ label, width: 24, cell: (row) => text(row.row.extra?.[label]) }),
  );
  return [...shown, ...(money ? [pounds] : []), ...extras];
}

function assessmentsByRow(assessments: readonly ActionAssessment[]) {
  const byAction = new Map<unknown, Map<number | undefined, ActionAssessment>>();
  for (const a of assessments) {
    const rows = byAction.get(a.located.action) ?? new Map<number | undefined, ActionAssessment>();
    rows.set(a.row, a);
    byAction.set(a.located.action, rows);
  }
  return (row: PlanTableRow): ActionAssessment | undefined => {
    const rows = byAction.get(row.action);
    if (row.entry !== undefined) return rows?.get(row.entry.row);
    return row.rowIndex === 0 ? rows?.get(undefined) : undefined;
  };
}

function progressColumns(
  columns: readonly Column[],
  rows: readonly PlanTableRow[],
  assessed: (row: PlanTableRow) => ActionAssessment | undefined,
): PlanSheetColumn[] {
  const has = (field: Column["field"]) => columns.some((column) => column.field === field);
  const content = (column: Column): PlanSheetColumn => ({
    label: column.label,
    width: WIDE,
    cell: (row) => text(formatContent(cellContent(column, row))),
  });
  const steps = rows.some((row) => (row.entry?.nextSteps?.length ?? 0) > 0);
  return [
    ...(has("progress") ? [] : [content({ field: "progress", label: "Progress" })]),
    ...(has("nextSteps") || !steps ? [] : [content({ field: "nextSteps", label: "Next steps" })]),
    { label: "Status as reported", width: 20, cell: (row) => text(row.entry?.status.raw) },
    {
      label: "% complete",
      width: 11,
      cell: (row) =>
        row.entry?.percentComplete === undefined
          ? undefined
          : { kind: "number", value: row.entry.percentComplete, style: "percent" },
    },
    {
      label: "Status",
      width: 18,
      list: "status",
      cell: (row) => {
        const status = assessed(row)?.status;
        return status === undefined ? undefined : { kind: "text", text: canonicalStatusLabels[status] };
      },
    },
    {
      label: "RAG",
      width: 11,
      list: "rag",
      cell: (row) => {
        const rag = assessed(row)?.rag;
        return rag === undefined ? undefined : { kind: "rag", rag };
      },
    },
    { label: "Why", width: WIDE, cell: (row) => text(assessed(row)?.because) },
  ];
}

/**
 * The plan sheet: one row per row of each action, in document order (core's `planTable`), under
 * the themes that hold it, in the plan's own columns with cells as `cellContent` gives them, so
 * the sheet matches the CSV and the Word table. With a return: progress, the status as reported,
 * % complete, and the status and rating `assessPlan` gives, with its reason.
 */
export function planSheet(
  plan: Plan,
  progress: ProgressReturn | undefined,
  options: AssessPlanOptions,
): SheetSpec {
  const rows = planTable(plan, progress);
  const columns = planColumns(plan, rows);
  const assessed = progress === undefined ? undefined : assessmentsByRow(assessPlan(plan, progress, options));
  const all = [
    ...themeColumns(rows),
    ...fieldColumns(columns, rows),
    ...(assessed === undefined ? [] : progressColumns(columns, rows, assessed)),
  ];
  return {
    name: "Plan",
    table: true,
    columns: sheetColumns(all),
    rows: rows.map((row) => {
      // Each row is read with the sheet's columns in force, so the lead cell shows partners only where no column does.
      const inForce = { ...row, columns };
      return all.map((column) => column.cell(inForce));
    }),
  };
}
