import {
  type Column,
  type ColumnRole,
  canonicalLayout,
  outcomeCodesNeeded,
  type Plan,
  type PlanLine,
  type ProgressReturn,
  type ThemePart,
  themeDepth,
} from "@cja-kit/core";

/** A column a writer writes: its heading and what its cells hold. */
export type WriteColumn = { label: string; role: ColumnRole };

const field = (column: Column): WriteColumn => ({ label: column.label, role: { kind: "field", column } });

function firstSeen<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function themeParts(
  lines: readonly PlanLine[],
  level: number,
  framework: string,
): Array<Exclude<ThemePart, "heading">> {
  const themes = lines.flatMap((line) =>
    line.themes[level - 1] === undefined ? [] : [line.themes[level - 1]],
  );
  const used = (has: (theme: NonNullable<(typeof themes)[number]>) => boolean) =>
    themes.some((t) => t !== undefined && has(t));
  return [
    "number",
    "title",
    ...(used((t) => t.outcomeRefs !== undefined) ? (["outcomeRefs"] as const) : []),
    ...(used((t) => t.outcomeRefs !== undefined && outcomeCodesNeeded(t.outcomeRefs, framework))
      ? (["outcomeCodes"] as const)
      : []),
    ...(used((t) => (t.localOutcomes?.length ?? 0) > 0) ? (["localOutcomes"] as const) : []),
    ...(used((t) => t.columns !== undefined) ? (["columns"] as const) : []),
  ];
}

const rowsOf = (lines: readonly PlanLine[]) =>
  lines.flatMap((line) => (line.table === undefined ? [] : [line.table.row]));

/** Flag columns for flags the rows have and the shown columns do not. */
function flagColumns(lines: readonly PlanLine[], shown: readonly Column[]): WriteColumn[] {
  const have = new Set(shown.filter((c) => c.field === "flag").map((c) => c.key));
  const keys = firstSeen(rowsOf(lines).flatMap((row) => Object.keys(row.flags ?? {}))).filter(
    (k) => !have.has(k),
  );
  return keys.map((key) => field({ field: "flag", key, label: canonicalLayout.flagLabel(key) }));
}

/** Extra columns for cells the rows keep and the shown columns do not, headed by the plan's label for them. */
function extraColumns(plan: Plan, lines: readonly PlanLine[], shown: readonly Column[]): WriteColumn[] {
  const have = new Set(shown.filter((c) => c.field === "extra").map((c) => c.key));
  const labels = new Map(plan.columns.filter((c) => c.field === "extra").map((c) => [c.key, c.label]));
  const keys = firstSeen(rowsOf(lines).flatMap((row) => Object.keys(row.extra ?? {}))).filter(
    (k) => !have.has(k),
  );
  return keys.map((key) => field({ field: "extra", key, label: labels.get(key) ?? key }));
}

/** A column per cell the entries keep under their own heading ("Progress: Opened"). */
function progressExtraColumns(progress: ProgressReturn): WriteColumn[] {
  const keys = firstSeen(progress.entries.flatMap((entry) => Object.keys(entry.extra ?? {})));
  return keys.map((key) => ({
    label: canonicalLayout.progressExtraLabel(key),
    role: { kind: "progress", part: "extra", key },
  }));
}

function progressColumns(progress: ProgressReturn): WriteColumn[] {
  const uses = (key: "reportedRag" | "revisedTimescale") =>
    progress.entries.some((entry) => entry[key] !== undefined);
  const columns = canonicalLayout.progress.flatMap((column): WriteColumn[] => {
    if ("part" in column) return [{ label: column.label, role: { kind: "progress", part: column.part } }];
    if ((column.field === "reportedRag" || column.field === "revisedTimescale") && !uses(column.field))
      return [];
    return [field({ field: column.field, label: column.label })];
  });
  return [...columns, ...progressExtraColumns(progress)];
}

/** The canonical layout's columns for a plan: theme parts per level, the plan's labels, fields, flags, progress, extras. */
export function canonicalColumns(
  plan: Plan,
  lines: readonly PlanLine[],
  progress: ProgressReturn | undefined,
): WriteColumn[] {
  const levels = Array.from({ length: Math.max(1, themeDepth(plan.themes)) }, (_, i) => i + 1);
  const fields = canonicalLayout.fields.map(([name, label]) => field({ field: name, label }));
  return [
    ...levels.flatMap((level) =>
      themeParts(lines, level, plan.outcomeFramework ?? "nab-2008").map(
        (part): WriteColumn => ({
          label: canonicalLayout.themeLabel(level, part),
          role: { kind: "theme", level, part, fill: false },
        }),
      ),
    ),
    { label: canonicalLayout.planColumns, role: { kind: "plan-columns" } },
    ...fields,
    ...flagColumns(lines, []),
    ...(progress === undefined ? [] : progressColumns(progress)),
    ...extraColumns(plan, lines, []),
  ];
}

/** A document layout's columns: the given columns (with theme columns first where `levels`), then flags and extras not shown. */
export function documentColumns(
  plan: Plan,
  shown: readonly Column[],
  lines: readonly PlanLine[],
  levels: number,
): WriteColumn[] {
  const themes = Array.from(
    { length: levels },
    (_, i): WriteColumn => ({
      label: `Theme ${i + 1}`,
      role: { kind: "theme", level: i + 1, part: "heading", fill: true },
    }),
  );
  return [...themes, ...shown.map(field), ...flagColumns(lines, shown), ...extraColumns(plan, lines, shown)];
}
