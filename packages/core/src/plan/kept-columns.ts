import { guarded, isArrayOfObjects, isObject, optional } from "../_internal/guard";
import { canonicalLayout } from "../import/canonical-layout";
import type { ProgressReturn } from "../progress/progress-return";
import type { Column } from "./column";
import { Plan } from "./plan";
import type { PlanLine } from "./plan-lines";

/**
 * The columns {@link keptColumns} finds: flags and extra cells of rows, and extra cells of progress entries.
 *
 * @example
 * ```ts
 * const kept: KeptColumns = { flags: [], extras: [{ field: "extra", key: "Cohort", label: "Cohort" }], progressExtras: ["Opened"] };
 * ```
 */
export type KeptColumns = {
  /** A flag column (`Flag: <key>`) for each flag a row has. */
  flags: Column[];
  /** An extra column for each extra cell a row keeps, labelled as the plan labels it (else its key). */
  extras: Column[];
  /** The key of each cell the return's entries keep under their own heading (`Progress: <key>`). */
  progressExtras: string[];
};

const firstSeen = <T>(values: readonly T[]): T[] => [...new Set(values)];

function rowKeys(lines: readonly PlanLine[], part: "flags" | "extra", shown: readonly Column[]): string[] {
  const field = part === "flags" ? "flag" : "extra";
  const have = new Set(shown.filter((c) => c.field === field).map((c) => c.key));
  const keys = lines.flatMap((line) => Object.keys(line.table?.row[part] ?? {}));
  return firstSeen(keys).filter((key) => !have.has(key));
}

function keptOf(
  plan: Pick<Plan, "columns">,
  lines: readonly PlanLine[],
  shown: readonly Column[],
  progress: Pick<ProgressReturn, "entries"> | undefined,
): KeptColumns {
  const labels = new Map(plan.columns.filter((c) => c.field === "extra").map((c) => [c.key, c.label]));
  return {
    flags: rowKeys(lines, "flags", shown).map((key) => ({
      field: "flag",
      key,
      label: canonicalLayout.flagLabel(key),
    })),
    extras: rowKeys(lines, "extra", shown).map((key) => ({
      field: "extra",
      key,
      label: labels.get(key) ?? key,
    })),
    progressExtras: firstSeen((progress?.entries ?? []).flatMap((entry) => Object.keys(entry.extra ?? {}))),
  };
}

/**
 * The columns a table of a plan's lines needs for what its rows keep beyond the columns shown, so
 * that nothing is left out: a flag column for each flag a row has, an extra column for each extra
 * cell a row keeps (labelled as the plan labels it), each in the order first met, less those
 * `shown` already has; and the keys of the cells the return's entries keep. The CSV and xlsx
 * writers both take these columns from here (each places them in its own layout).
 *
 * @param plan - The plan (its columns, for the extra cells' labels).
 * @param lines - The plan's lines ({@link planLines}).
 * @param shown - The columns the table shows already (a document's own columns), if any.
 * @param progress - The return written beside the plan, if any.
 * @returns The flag and extra columns, and the progress entries' own keys.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * keptColumns(plan, planLines(plan, progress), [], progress).flags.map((c) => c.label); // ["Flag: area-plan-2011-14"]
 * ```
 */
export function keptColumns(
  plan: Pick<Plan, "columns">,
  lines: readonly PlanLine[],
  shown: readonly Column[] = [],
  progress?: Pick<ProgressReturn, "entries">,
): KeptColumns {
  return guarded(
    "keptColumns",
    () => [
      ["plan", Plan.pick({ columns: true }), plan],
      ["lines", isArrayOfObjects, lines],
      ["shown", isArrayOfObjects, shown],
      ["progress", optional(isObject), progress],
    ],
    () => keptOf(plan, lines, shown, progress),
  );
}
