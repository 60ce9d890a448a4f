import type { Column, Plan, PlanTableRow } from "@cja-kit/core";

const identity = (column: Column) => `${column.field}:${column.key ?? ""}`;

/**
 * The plan columns a sheet shows: the plan's own, then any column a theme has of its own (by
 * field and flag), then a flag column for each flag a row holds that no column shows; each with
 * the first label met, so the columns match the document, the CSV and the Word table.
 */
export function planColumns(plan: Pick<Plan, "columns">, rows: readonly PlanTableRow[]): Column[] {
  const seen = new Map<string, Column>();
  const add = (column: Column) => {
    if (!seen.has(identity(column))) seen.set(identity(column), column);
  };
  // Rows of one theme share one list of columns: each list is looked at once.
  for (const list of new Set([plan.columns, ...rows.map((row) => row.columns)])) list.forEach(add);
  for (const row of rows)
    for (const key in row.row.flags ?? {}) add({ field: "flag", key, label: `Flag: ${key}` });
  return [...seen.values()];
}

/** The labels of the extra cells rows hold (unknown columns of the source), in order of first use. */
export function extraLabels(rows: readonly PlanTableRow[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row.row.extra ?? {})))];
}
