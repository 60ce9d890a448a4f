import {
  type Column,
  type ColumnRole,
  canonicalLayout,
  keptColumns,
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

/** Flag, extra and progress-extra columns (core's `keptColumns`) as this writer's columns. */
function kept(plan: Plan, lines: readonly PlanLine[], shown: readonly Column[], progress?: ProgressReturn) {
  const found = keptColumns(plan, lines, shown, progress);
  return {
    flags: found.flags.map(field),
    extras: found.extras.map(field),
    progressExtras: found.progressExtras.map(
      (key): WriteColumn => ({
        label: canonicalLayout.progressExtraLabel(key),
        role: { kind: "progress", part: "extra", key },
      }),
    ),
  };
}

function progressColumns(progress: ProgressReturn, extras: readonly WriteColumn[]): WriteColumn[] {
  const uses = (key: "reportedRag" | "revisedTimescale") =>
    progress.entries.some((entry) => entry[key] !== undefined);
  const columns = canonicalLayout.progress.flatMap((column): WriteColumn[] => {
    if ("part" in column) return [{ label: column.label, role: { kind: "progress", part: column.part } }];
    if ((column.field === "reportedRag" || column.field === "revisedTimescale") && !uses(column.field))
      return [];
    return [field({ field: column.field, label: column.label })];
  });
  return [...columns, ...extras];
}

/** The canonical layout's columns for a plan: theme parts per level, the plan's labels, fields, flags, progress, extras. */
export function canonicalColumns(
  plan: Plan,
  lines: readonly PlanLine[],
  progress: ProgressReturn | undefined,
): WriteColumn[] {
  const levels = Array.from({ length: Math.max(1, themeDepth(plan.themes)) }, (_, i) => i + 1);
  const { flags, extras, progressExtras } = kept(plan, lines, [], progress);
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
    ...flags,
    ...(progress === undefined ? [] : progressColumns(progress, progressExtras)),
    ...extras,
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
  const { flags, extras } = kept(plan, lines, shown);
  return [...themes, ...shown.map(field), ...flags, ...extras];
}
