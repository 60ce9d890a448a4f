import { guarded, has, isArray, isObject } from "../_internal/guard";
import type { OutcomeRef } from "../outcome-ref/outcome-ref";
import type { LocatedAction } from "../plan/plan-actions";

/**
 * The outcomes an action serves: its own references, or, where it has none, those of the nearest
 * theme above it that has some (seed 002's "2.3 Accommodation (B1-B5)" covers 2.3.1 to 2.3.3).
 *
 * @param located - An action with its themes ({@link planActions}).
 * @returns The references, possibly empty.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * actionOutcomeRefs(findAction(plan, "2.3.1")!).map((ref) => ref.code); // ["B1", "B2", "B3", "B4", "B5"]
 * ```
 */
export function actionOutcomeRefs(located: LocatedAction): OutcomeRef[] {
  return guarded(
    "actionOutcomeRefs",
    () => [["located", (value) => has(value, "action", isObject) && has(value, "themes", isArray), located]],
    () => actionOutcomeRefsOf(located),
  );
}

function actionOutcomeRefsOf(located: LocatedAction): OutcomeRef[] {
  const own = located.action.outcomeRefs?.refs ?? [];
  if (own.length > 0) return own;
  const theme = [...located.themes]
    .reverse()
    .find((candidate) => (candidate.outcomeRefs?.refs.length ?? 0) > 0);
  return theme?.outcomeRefs?.refs ?? [];
}
