import { entriesByAction } from "../_internal/entries-by-action";
import { guarded, optional } from "../_internal/guard";
import { type ProgressEntry, ProgressReturn } from "../progress/progress-return";
import type { Action, ActionRow } from "./action";
import type { Column } from "./column";
import { normaliseActionNumber } from "./normalise-action-number";
import { Plan } from "./plan";
import type { Theme } from "./theme";

/**
 * One row of a plan's table as a reader sees it: the themes above it, its action, which of the
 * action's rows it is, the row, the progress reported on it, and the column labels in force.
 *
 * @example
 * ```ts
 * const row: PlanTableRow = planTable(plan, progress)[0];
 * row.rowIndex === 0; // the first row of its action carries the action's own fields
 * ```
 */
export type PlanTableRow = {
  themes: Theme[];
  action: Action;
  /** The action's path from the plan's root, for issues. */
  path: Array<string | number>;
  rowIndex: number;
  row: ActionRow;
  entry?: ProgressEntry;
  columns: Column[];
};

function entryFor(
  entries: ReadonlyMap<string, ProgressEntry[]>,
  action: Action,
  rowIndex: number,
): ProgressEntry | undefined {
  const mine = entries.get(normaliseActionNumber(action.number)) ?? [];
  return (
    mine.find((entry) => entry.row === rowIndex) ??
    (rowIndex === 0 ? mine.find((entry) => entry.row === undefined) : undefined)
  );
}

function walk(
  themes: readonly Theme[],
  above: Theme[],
  columns: Column[],
  entries: ReadonlyMap<string, ProgressEntry[]>,
  path: Array<string | number>,
): PlanTableRow[] {
  return themes.flatMap((theme, index) => {
    const chain = [...above, theme];
    const here = [...path, "themes", index];
    const own = theme.columns ?? columns;
    const rows = (theme.actions ?? []).flatMap((action, a) =>
      action.rows.map((row, rowIndex) => {
        const entry = entryFor(entries, action, rowIndex);
        const located = { themes: chain, action, path: [...here, "actions", a], rowIndex, row, columns: own };
        return entry === undefined ? located : { ...located, entry };
      }),
    );
    return [...rows, ...walk(theme.themes ?? [], chain, own, entries, here)];
  });
}

/**
 * A plan's table, row by row in document order, with the progress of a return joined on: an entry
 * for a row (`row` set) goes with that row; an entry for a whole action goes with its first row.
 * Each row knows the column labels in force (a theme's own, else the plan's).
 *
 * @param plan - The plan.
 * @param progress - A return on the plan, if any.
 * @returns The table rows.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * planTable(plan, progress).map((r) => `${r.action.number}/${r.rowIndex}: ${r.entry?.status.status ?? "-"}`);
 * ```
 */
export function planTable(
  plan: Pick<Plan, "themes" | "columns">,
  progress?: Pick<ProgressReturn, "entries">,
): PlanTableRow[] {
  return guarded(
    "planTable",
    () => [
      ["plan", Plan.pick({ themes: true, columns: true }), plan],
      ["progress", optional(ProgressReturn.pick({ entries: true })), progress],
    ],
    () => planTableOf(plan, progress),
  );
}

function planTableOf(
  plan: Pick<Plan, "themes" | "columns">,
  progress?: Pick<ProgressReturn, "entries">,
): PlanTableRow[] {
  return walk(plan.themes, [], plan.columns, entriesByAction(progress?.entries ?? []), []);
}
