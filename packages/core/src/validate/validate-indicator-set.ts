import { checkIndicators } from "../_internal/check-indicators";
import { checkedFrom } from "../_internal/checked";
import { guarded, isObject } from "../_internal/guard";
import { schemaIssues } from "../_internal/schema-issues";
import { IndicatorSet } from "../indicator/indicator";
import type { Checked, Issue } from "../issue/issue";
import { builtInRegistry, type OutcomeRegistry } from "../taxonomy/outcome-registry";

/**
 * The checks of {@link validateIndicatorSet} without the schema parse, for a set already typed:
 * unique ids, tolerances that have a target, targets that have a direction, series with one
 * figure per period whose availability agrees with its number, links to a framework's indicator
 * and outcome references that resolve.
 *
 * @param set - A set that satisfies the `IndicatorSet` schema.
 * @param options - The registry for outcome references and framework indicators.
 * @returns Every issue found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const issues = checkIndicatorSet(IndicatorSet.parse(data));
 * ```
 */
export function checkIndicatorSet(set: IndicatorSet, options: { registry?: OutcomeRegistry } = {}): Issue[] {
  return guarded(
    "checkIndicatorSet",
    () => [
      ["set", IndicatorSet, set],
      ["options", isObject, options],
    ],
    () => checkIndicatorSetOf(set, options),
  );
}

function checkIndicatorSetOf(set: IndicatorSet, options: { registry?: OutcomeRegistry } = {}): Issue[] {
  return checkIndicators(set.indicators, options.registry ?? builtInRegistry, ["indicators"]);
}

/**
 * Checks an indicator set: the schema, unique ids, tolerances that have a target to apply to, and
 * outcome references that resolve.
 *
 * @param input - The set as data.
 * @param options - The registry for outcome references.
 * @returns The typed set with any warnings, or the issues when an error was found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * validateIndicatorSet({ title: "Performance", authority, indicators: [] }).ok; // true
 * ```
 */
export function validateIndicatorSet(
  input: unknown,
  options: { registry?: OutcomeRegistry } = {},
): Checked<IndicatorSet> {
  return guarded(
    "validateIndicatorSet",
    () => [["options", isObject, options]],
    () => validateIndicatorSetOf(input, options),
  );
}

function validateIndicatorSetOf(
  input: unknown,
  options: { registry?: OutcomeRegistry } = {},
): Checked<IndicatorSet> {
  const parsed = IndicatorSet.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  return checkedFrom(parsed.data, checkIndicatorSet(parsed.data, options));
}
