import {
  type Column,
  canonicalLayout,
  formatColumnLabels,
  keptColumns,
  type Plan,
  type PlanLine,
  type ProgressReturn,
  planLines,
  themeDepth,
} from "@cja-kit/core";
import { type PlanRole, planCell } from "./plan-cells";
import { type Cell, filledColumns, type SheetColumn, type SheetSpec } from "./sheet-model";
import { SHEET_NAMES } from "./sheet-names";

type PlanColumn = SheetColumn & { role: PlanRole };

const WIDTHS: Partial<Record<Column["field"], number>> = {
  number: 10,
  outcomeRefs: 16,
  timescale: 20,
  resources: 16,
  flag: 12,
  status: 14,
  percentComplete: 11,
  reportedRag: 12,
};

const field = (column: Column): PlanColumn => ({
  label: column.label,
  width: WIDTHS[column.field] ?? 40,
  role: { kind: "field", column },
  ...(column.field === "status" ? { list: "status" as const } : {}),
  ...(column.field === "reportedRag" ? { ragColours: true } : {}),
});

function themeColumns(depth: number, framework: string): PlanColumn[] {
  return Array.from({ length: Math.max(1, depth) }, (_, i) => i + 1).flatMap((level) =>
    canonicalLayout.themeParts
      .filter((part) => part !== "columns")
      .map(
        (part): PlanColumn => ({
          label: canonicalLayout.themeLabel(level, part),
          width: part === "number" ? 9 : 30,
          role: { kind: "theme", level, part, framework },
        }),
      ),
  );
}

/** A column per cell the entries keep under their own heading ("Progress: Opened"), as in the canonical CSV. */
const progressExtraColumn = (key: string): PlanColumn => ({
  label: canonicalLayout.progressExtraLabel(key),
  width: 24,
  role: { kind: "progress", part: "extra", key },
});

function progressColumns(progress: ProgressReturn | undefined, extras: readonly string[]): PlanColumn[] {
  if (progress === undefined) return [];
  const columns = canonicalLayout.progress.map(
    (column): PlanColumn =>
      "part" in column
        ? {
            label: column.label,
            width: column.part === "statusRule" ? 14 : 40,
            role: { kind: "progress", part: column.part },
          }
        : field({ field: column.field, label: column.label }),
  );
  return [...columns, ...extras.map(progressExtraColumn)];
}

/** The columns of the plan's own labels, kept for reading back: last, as they are for the library more than for people. */
function labelColumns(depth: number, framework: string): PlanColumn[] {
  const themes = Array.from({ length: Math.max(1, depth) }, (_, i) => i + 1).map(
    (level): PlanColumn => ({
      label: canonicalLayout.themeLabel(level, "columns"),
      width: 24,
      role: { kind: "theme", level, part: "columns", framework },
    }),
  );
  return [...themes, { label: canonicalLayout.planColumns, width: 24, role: { kind: "plan-columns" } }];
}

/** Every column the canonical layout could write for this plan, in the order the sheet shows them. */
function allColumns(
  plan: Plan,
  lines: readonly PlanLine[],
  progress: ProgressReturn | undefined,
): PlanColumn[] {
  const depth = themeDepth(plan.themes);
  const kept = keptColumns(plan, lines, [], progress);
  return [
    ...themeColumns(depth, plan.outcomeFramework ?? "nab-2008"),
    ...canonicalLayout.fields.map(([name, label]) => field({ field: name, label })),
    ...kept.flags.map(field),
    ...progressColumns(progress, kept.progressExtras),
    ...kept.extras.map(field),
    ...labelColumns(depth, plan.outcomeFramework ?? "nab-2008"),
  ];
}

/**
 * `planCell` with each theme's cells worked out once: they repeat on every line under the theme,
 * and the outcome codes cell parses the theme's references.
 */
function themeCellsOnce(): typeof planCell {
  const made = new WeakMap<object, Map<PlanRole, Cell | undefined>>();
  return (role, line, labels) => {
    const theme = role.kind === "theme" ? line.themes[role.level - 1] : undefined;
    if (theme === undefined) return planCell(role, line, labels);
    const cells = made.get(theme) ?? new Map<PlanRole, Cell | undefined>();
    made.set(theme, cells);
    if (!cells.has(role)) cells.set(role, planCell(role, line, labels));
    return cells.get(role);
  };
}

/**
 * The plan sheet: core's canonical table layout (the one the canonical CSV has, which core's
 * import reads back exactly), one row per row of each action under its themes' numbers and titles,
 * a theme with no actions on a row of its own; with a return, the progress columns. Columns no
 * row fills are left out; the plan's own column labels (kept so the plan reads back with them)
 * come last. A status is its canonical id, so it reads back as written.
 */
export function planSheet(plan: Plan, progress: ProgressReturn | undefined): SheetSpec {
  const lines = planLines(plan, progress);
  const columns = allColumns(plan, lines, progress);
  const labels = formatColumnLabels(plan.columns);
  const cell = themeCellsOnce();
  const rows = lines.map((line, index) =>
    columns.map((column) => cell(column.role, line, index === 0 ? labels : undefined)),
  );
  return { name: SHEET_NAMES.plan, table: true, ...filledColumns(columns, rows) };
}
