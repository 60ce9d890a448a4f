import { guarded, isObject } from "../_internal/guard";
import type { Issue } from "../issue/issue";
import { Plan } from "../plan/plan";
import { planActions } from "../plan/plan-actions";
import { builtInRegistry } from "../taxonomy/outcome-registry";
import { type PlanRuleContext, planRules } from "./plan-rules";
import type { ValidatePlanOptions } from "./validate-plan";

/**
 * The checks of {@link validatePlan} without the schema parse, for a plan already typed: built by
 * code or a reader from core's parsers, or just parsed with the `Plan` schema. Half the time of
 * `validatePlan` on a large plan.
 *
 * @param plan - A plan that satisfies the `Plan` schema.
 * @param options - Registry, tolerance, rules, as for {@link validatePlan}.
 * @returns Every issue the rules find.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const issues = checkPlan(Plan.parse(data));
 * ```
 */
export function checkPlan(plan: Plan, options: ValidatePlanOptions = {}): Issue[] {
  return guarded(
    "checkPlan",
    () => [
      ["plan", Plan, plan],
      ["options", isObject, options],
    ],
    () => checkPlanOf(plan, options),
  );
}

function checkPlanOf(plan: Plan, options: ValidatePlanOptions = {}): Issue[] {
  // The actions are located once, for all the rules.
  const context: PlanRuleContext = {
    registry: options.registry ?? builtInRegistry,
    periodToleranceMonths: options.periodToleranceMonths ?? 12,
    actions: planActions(plan),
  };
  return (options.rules ?? planRules).flatMap((rule) => rule(plan, context));
}
