import type { Column, Plan, PlanTableRow } from "@cja-kit/core";

const identity = (column: Column) => `${column.field}:${column.key ?? ""}`;

/**
 * The plan columns a sheet shows: the plan's own, then any column a theme has of its own (by
 * field and flag), then a flag column for each flag a row holds that no column shows; each with
 * the first label met, so the columns match the document, the CSV and the Word table.
 */
export function planColumns(plan: Pick<Plan, "columns">, rows: readonly PlanTableRow[]): Column[] {
  const seen = new Map<string, Column>();
  for (const column of [...plan.columns, ...rows.flatMap((row) => row.columns)])
    if (!seen.has(identity(column))) seen.set(identity(column), column);
  for (const key of rows.flatMap((row) => Object.keys(row.row.flags ?? {}))) {
    const column: Column = { field: "flag", key, label: `Flag: ${key}` };
    if (!seen.has(identity(column))) seen.set(identity(column), column);
  }
  return [...seen.values()];
}

/** The labels of the extra cells rows hold (unknown columns of the source), in order of first use. */
export function extraLabels(rows: readonly PlanTableRow[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row.row.extra ?? {})))];
}
