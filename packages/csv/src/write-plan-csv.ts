import {
  type Column,
  type Issue,
  normaliseActionNumber,
  type Plan,
  type ProgressReturn,
  planActions,
} from "@cja-kit/core";
import { cellText, headingText } from "./_internal/cell-text";
import {
  CANONICAL_FIELDS,
  CANONICAL_PROGRESS,
  type CsvColumn,
  flagLabel,
  type ThemePart,
  themeLabel,
} from "./_internal/csv-columns";
import { type PlanLine, planLines, themeDepth } from "./_internal/plan-lines";
import { toCsv } from "./_internal/stringify";
import type { WritePlanCsvOptions } from "./csv-options";

function firstSeen<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function themeParts(lines: PlanLine[], level: number): ThemePart[] {
  const themes = lines.map((line) => line.themes[level - 1]).filter((theme) => theme !== undefined);
  const used = (has: (theme: NonNullable<(typeof themes)[number]>) => boolean) => themes.some(has);
  return [
    "number",
    "title",
    ...(used((t) => t.outcomeRefs !== undefined) ? (["outcomeRefs"] as const) : []),
    ...(used((t) => (t.localOutcomes?.length ?? 0) > 0) ? (["localOutcomes"] as const) : []),
    ...(used((t) => t.columns !== undefined) ? (["columns"] as const) : []),
  ];
}

function canonicalColumns(plan: Plan, lines: PlanLine[], progress: ProgressReturn | undefined): CsvColumn[] {
  const levels = Array.from({ length: Math.max(1, themeDepth(plan.themes)) }, (_, i) => i + 1);
  const rows = lines.flatMap((line) => (line.table === undefined ? [] : [line.table.row]));
  const flags = firstSeen(rows.flatMap((row) => Object.keys(row.flags ?? {})));
  const extras = firstSeen(rows.flatMap((row) => Object.keys(row.extra ?? {})));
  return [
    ...levels.flatMap((level) =>
      themeParts(lines, level).map(
        (part): CsvColumn => ({ kind: "theme", level, part, label: themeLabel(level, part) }),
      ),
    ),
    ...CANONICAL_FIELDS.map(
      ([field, label]): CsvColumn => ({ kind: "field", column: { field, label }, label }),
    ),
    ...flags.map(
      (key): CsvColumn => ({
        kind: "field",
        column: { field: "flag", key, label: flagLabel(key) },
        label: flagLabel(key),
      }),
    ),
    ...(progress === undefined ? [] : CANONICAL_PROGRESS),
    ...extras.map((label): CsvColumn => ({ kind: "extra", label })),
  ];
}

function documentColumns(columns: readonly Column[], lines: PlanLine[]): CsvColumn[] {
  const rows = lines.flatMap((line) => (line.table === undefined ? [] : [line.table.row]));
  const shown = new Set(columns.filter((c) => c.field === "flag").map((c) => c.key));
  const flags = firstSeen(rows.flatMap((row) => Object.keys(row.flags ?? {}))).filter(
    (key) => !shown.has(key),
  );
  const extras = firstSeen(rows.flatMap((row) => Object.keys(row.extra ?? {})));
  return [
    ...columns.map((column): CsvColumn => ({ kind: "field", column, label: column.label })),
    ...flags.map(
      (key): CsvColumn => ({
        kind: "field",
        column: { field: "flag", key, label: flagLabel(key) },
        label: flagLabel(key),
      }),
    ),
    ...extras.map((label): CsvColumn => ({ kind: "extra", label })),
  ];
}

function unplaced(plan: Plan, progress: ProgressReturn | undefined): Issue[] {
  const known = new Map(
    planActions(plan).map(({ action }) => [normaliseActionNumber(action.number), action.rows.length]),
  );
  return (progress?.entries ?? []).flatMap((entry, index): Issue[] => {
    const rows = known.get(normaliseActionNumber(entry.action));
    if (rows !== undefined && (entry.row ?? 0) < rows) return [];
    const message = `Progress for action ${entry.action}${entry.row === undefined ? "" : ` row ${entry.row + 1}`} has no row in the plan, so it is not in the file; write the return with writeProgressCsv to keep it.`;
    return [
      {
        code: "csv/progress-not-written",
        severity: "warning",
        message,
        path: ["entries", index],
        actionNumber: entry.action,
      },
    ];
  });
}

/**
 * Writes a plan as CSV: one row per row of each action (an action with several operational details
 * has several rows; the action's own fields are on its first), with progress from a return beside
 * them. The canonical layout holds every field and reads back exactly; the document layout uses the
 * plan's own column labels, with themes as heading rows. Excel-ready by default.
 *
 * @param plan - The plan.
 * @param options - Layout, progress, and how the file is written.
 * @returns The CSV text, and a warning for any progress entry the plan has no row for.
 * @example
 * ```ts
 * const { csv } = writePlanCsv(lothianBordersActionPlan2010_11, { progress: lothianBordersProgressYear2 });
 * ```
 */
export function writePlanCsv(
  plan: Plan,
  options: WritePlanCsvOptions = {},
): { csv: string; issues: Issue[] } {
  const layout = options.layout ?? "canonical";
  const canonical = layout === "canonical";
  const lines = planLines(plan, options.progress, !canonical);
  const columns = canonical
    ? canonicalColumns(plan, lines, options.progress)
    : documentColumns(layout === "document" ? plan.columns : layout, lines);
  // The columns written are the columns in force: a lead cell shows partners unless one of them does.
  const inForce = columns.flatMap((column) => (column.kind === "field" ? [column.column] : []));
  const rows = lines.map((line) =>
    line.table === undefined && !canonical
      ? columns.map((_, index) => (index === 0 ? headingText(line.themes.at(-1) ?? {}) : ""))
      : columns.map((column) =>
          cellText(
            column,
            line.table === undefined ? line : { ...line, table: { ...line.table, columns: inForce } },
            canonical,
          ),
        ),
  );
  return {
    csv: toCsv([columns.map((column) => column.label), ...rows], options),
    issues: unplaced(plan, options.progress),
  };
}
