import { guarded, isText } from "../_internal/guard";
import { normaliseActionNumber } from "./normalise-action-number";
import { Plan } from "./plan";
import { type LocatedAction, planActions } from "./plan-actions";

/**
 * The action of a plan with the given number, compared without a trailing dot.
 *
 * @param plan - The plan.
 * @param number - The number as written anywhere (`2.4.2` finds `2.4.2.`).
 * @returns The action with its themes and path, or `undefined`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * findAction(plan, "2.4.2")?.action.number; // "2.4.2."
 * ```
 */
export function findAction(plan: Pick<Plan, "themes">, number: string): LocatedAction | undefined {
  return guarded(
    "findAction",
    () => [
      ["plan", Plan.pick({ themes: true }), plan],
      ["number", isText, number],
    ],
    () => findActionOf(plan, number),
  );
}

function findActionOf(plan: Pick<Plan, "themes">, number: string): LocatedAction | undefined {
  const wanted = normaliseActionNumber(number);
  return planActions(plan).find(({ action }) => normaliseActionNumber(action.number) === wanted);
}
