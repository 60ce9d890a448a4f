import { guarded } from "../_internal/guard";
import type { Action } from "./action";
import { Plan } from "./plan";
import type { Theme } from "./theme";

/**
 * An action of a plan with where it sits: the themes above it (outermost first) and its path
 * from the plan's root, for issues and look-ups.
 *
 * @example
 * ```ts
 * const located: LocatedAction = { action, themes: [section, theme], path: ["themes", 0, "themes", 2, "actions", 1] };
 * ```
 */
export type LocatedAction = {
  action: Action;
  themes: Theme[];
  path: Array<string | number>;
};

function walk(themes: readonly Theme[], above: Theme[], path: Array<string | number>): LocatedAction[] {
  return themes.flatMap((theme, index) => {
    const here = [...path, "themes", index];
    const chain = [...above, theme];
    return [
      ...(theme.actions ?? []).map((action, k) => ({ action, themes: chain, path: [...here, "actions", k] })),
      ...walk(theme.themes ?? [], chain, here),
    ];
  });
}

/**
 * Every action of a plan in document order, with its themes and path.
 *
 * @param plan - The plan.
 * @returns The actions, each with the themes above it.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * planActions(plan).map(({ action }) => action.number); // ["2.1.1", "2.1.2", …]
 * ```
 */
export function planActions(plan: Pick<Plan, "themes">): LocatedAction[] {
  return guarded(
    "planActions",
    () => [["plan", Plan.pick({ themes: true }), plan]],
    () => planActionsOf(plan),
  );
}

function planActionsOf(plan: Pick<Plan, "themes">): LocatedAction[] {
  return walk(plan.themes, [], []);
}
