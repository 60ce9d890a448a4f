import { guarded, isArrayOfObjects, isObject, optional } from "../_internal/guard";
import { ProgressReturn } from "../progress/progress-return";
import { Plan } from "./plan";
import type { PlanTableRow } from "./plan-table";
import { planTableByTheme } from "./plan-table-by-theme";
import type { Theme } from "./theme";

/**
 * A line of a plan written as one table (a CSV file, a sheet): a row of an action's table under
 * its chain of themes (outermost first), or a theme on a line of its own (no `table`).
 *
 * @example
 * ```ts
 * const line: PlanLine = { themes: [aim, priority], table: row };
 * ```
 */
export type PlanLine = { themes: Theme[]; table?: PlanTableRow };

/**
 * How {@link planLines} walks a plan.
 *
 * @example
 * ```ts
 * const options: PlanLinesOptions = { headings: true }; // as a document lays a plan out
 * ```
 */
export type PlanLinesOptions = {
  /**
   * Give every theme a line of its own before its rows (a document's heading rows); otherwise
   * only a theme with no rows in it or under it does, so that it is not lost.
   * @defaultValue false
   */
  headings?: boolean;
};

type Walk = { rowsOf: ReadonlyMap<string, PlanTableRow[]>; headings: boolean };

function walk(themes: readonly Theme[], above: Theme[], where: string, how: Walk): PlanLine[] {
  return themes.flatMap((theme, index) => {
    const chain = [...above, theme];
    const here = where === "" ? `themes/${index}` : `${where}/themes/${index}`;
    const rows = (how.rowsOf.get(here) ?? []).map((table) => ({ themes: chain, table }));
    const children = walk(theme.themes ?? [], chain, here, how);
    const alone = rows.length === 0 && children.length === 0;
    return [...(how.headings || alone ? [{ themes: chain }] : []), ...rows, ...children];
  });
}

/**
 * A plan's lines in document order, as a writer of one table needs them: each row of each
 * action's table ({@link planTable}, with the return's progress joined) under its themes, a theme
 * with nothing in it on a line of its own, and with `headings` every theme on a line of its own
 * before its rows. The CSV and xlsx writers both write these lines.
 *
 * @param plan - The plan (its themes and columns).
 * @param progress - A return on the plan, if any.
 * @param options - `headings`: every theme a line of its own (default false).
 * @returns The lines, in document order.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * planLines(plan, progress).map((line) => line.table?.action.number ?? line.themes.at(-1)?.title);
 * ```
 */
export function planLines(
  plan: Pick<Plan, "themes" | "columns">,
  progress?: Pick<ProgressReturn, "entries">,
  options: PlanLinesOptions = {},
): PlanLine[] {
  return guarded(
    "planLines",
    () => [
      ["plan", Plan.pick({ themes: true, columns: true }), plan],
      ["progress", optional(ProgressReturn.pick({ entries: true })), progress],
      ["options", isObject, options],
    ],
    () =>
      walk(plan.themes, [], "", {
        rowsOf: planTableByTheme(plan, progress),
        headings: options.headings === true,
      }),
  );
}

/**
 * How many levels of themes a plan has: 0 with none, 1 with themes and no sub-themes, and so on
 * (how many theme columns a table that gives each row its themes needs).
 *
 * @param themes - The plan's themes.
 * @returns The depth of the deepest theme.
 * @throws CjaKitError `usage/invalid-argument` when `themes` is not an array of themes (checked when the call fails).
 * @example
 * ```ts
 * themeDepth([{ title: "Aim 1", themes: [{ title: "Priority action 1" }] }]); // 2
 * ```
 */
export function themeDepth(themes: readonly Theme[] | undefined): number {
  return guarded(
    "themeDepth",
    () => [["themes", optional(isArrayOfObjects), themes]],
    () => depth(themes),
  );
}

function depth(themes: readonly Theme[] | undefined): number {
  // A loop, not Math.max(...): a plan with a great many themes would pass too many arguments.
  let deepest = 0;
  for (const theme of themes ?? []) deepest = Math.max(deepest, 1 + depth(theme.themes));
  return deepest;
}
