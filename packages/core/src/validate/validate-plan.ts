import { checkedFrom } from "../_internal/checked";
import { guarded, isObject } from "../_internal/guard";
import { schemaIssues } from "../_internal/schema-issues";
import type { Checked } from "../issue/issue";
import { Plan } from "../plan/plan";
import type { OutcomeRegistry } from "../taxonomy/outcome-registry";
import { checkPlan } from "./check-plan";
import type { PlanRule } from "./plan-rules";

/**
 * Options for {@link validatePlan}.
 *
 * @example
 * ```ts
 * const options: ValidatePlanOptions = { periodToleranceMonths: 6, rules: planRules.filter((rule) => rule !== flagsReadable) };
 * ```
 */
export type ValidatePlanOptions = {
  /** Frameworks outcome references resolve against. @defaultValue {@link builtInRegistry} */
  registry?: OutcomeRegistry;
  /** How far outside the plan period a dated milestone may fall before a warning. @defaultValue 12 */
  periodToleranceMonths?: number;
  /** The checks to run. @defaultValue {@link planRules} */
  rules?: readonly PlanRule[];
};

/**
 * Checks a plan in one call and returns every issue, errors and warnings, each with a stable
 * code, a message a council officer can act on, its path and the action number: the schema, unique
 * action numbers, outcome references that resolve, readable timescales near the plan period,
 * resources whose parts add up, readable yes/no columns.
 *
 * @param input - The plan as data (from JSON, CSV or code).
 * @param options - Registry, tolerance, rules.
 * @returns The typed plan with any warnings, or the issues when an error was found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const checked = validatePlan(data);
 * if (!checked.ok) checked.issues.forEach((issue) => console.log(formatIssue(issue)));
 * ```
 */
export function validatePlan(input: unknown, options: ValidatePlanOptions = {}): Checked<Plan> {
  return guarded(
    "validatePlan",
    () => [["options", isObject, options]],
    () => validatePlanOf(input, options),
  );
}

function validatePlanOf(input: unknown, options: ValidatePlanOptions = {}): Checked<Plan> {
  const parsed = Plan.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  return checkedFrom(parsed.data, checkPlan(parsed.data, options));
}
