import { guarded, optional } from "../_internal/guard";
import { ProgressReturn } from "../progress/progress-return";
import { Plan } from "./plan";
import { type PlanTableRow, planTable } from "./plan-table";

/**
 * A plan's table ({@link planTable}, built once) grouped by the theme that holds each row's
 * action, the theme named by its path from the plan's root joined with "/" (`themes/0/themes/2`),
 * so that a writer or renderer going theme by theme does not build the table, and index the
 * progress, once per theme. A path, not the theme object, as one object may stand in two places.
 *
 * @param plan - The plan.
 * @param progress - A return on the plan, if any.
 * @returns The rows of each theme that holds actions, in document order.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * planTableByTheme(plan, progress).get("themes/0/themes/1")?.map((row) => row.action.number); // ["2.1.1", …]
 * ```
 */
export function planTableByTheme(
  plan: Pick<Plan, "themes" | "columns">,
  progress?: Pick<ProgressReturn, "entries">,
): Map<string, PlanTableRow[]> {
  return guarded(
    "planTableByTheme",
    () => [
      ["plan", Plan.pick({ themes: true, columns: true }), plan],
      ["progress", optional(ProgressReturn.pick({ entries: true })), progress],
    ],
    () => planTableByThemeOf(plan, progress),
  );
}

function planTableByThemeOf(
  plan: Pick<Plan, "themes" | "columns">,
  progress?: Pick<ProgressReturn, "entries">,
): Map<string, PlanTableRow[]> {
  const byTheme = new Map<string, PlanTableRow[]>();
  for (const row of planTable(plan, progress)) {
    // The action's path less its last two steps ("actions", index) is its theme's.
    const theme = row.path.slice(0, -2).join("/");
    const rows = byTheme.get(theme);
    if (rows === undefined) byTheme.set(theme, [row]);
    else rows.push(row);
  }
  return byTheme;
}
