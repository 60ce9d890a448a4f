import type { Issue } from "../issue/issue";
import type { Plan } from "../plan/plan";
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
 * @example
 * ```ts
 * const issues = checkPlan(Plan.parse(data));
 * ```
 */
export function checkPlan(plan: Plan, options: ValidatePlanOptions = {}): Issue[] {
  // The actions are located once, for all the rules.
  const context: PlanRuleContext = {
    registry: options.registry ?? builtInRegistry,
    periodToleranceMonths: options.periodToleranceMonths ?? 12,
    actions: planActions(plan),
  };
  return (options.rules ?? planRules).flatMap((rule) => rule(plan, context));
}
