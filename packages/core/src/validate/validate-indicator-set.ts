import { checkedFrom } from "../_internal/checked";
import { guarded, isObject } from "../_internal/guard";
import { schemaIssues } from "../_internal/schema-issues";
import { IndicatorSet } from "../indicator/indicator";
import type { Checked, Issue } from "../issue/issue";
import { findOutcome } from "../taxonomy/find-outcome";
import { builtInRegistry, type OutcomeRegistry } from "../taxonomy/outcome-registry";

/**
 * The checks of {@link validateIndicatorSet} without the schema parse, for a set already typed:
 * unique ids, tolerances that have a target, outcome references that resolve.
 *
 * @param set - A set that satisfies the `IndicatorSet` schema.
 * @param options - The registry for outcome references.
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
  const registry = options.registry ?? builtInRegistry;
  const seen = new Set<string>();
  return set.indicators.flatMap((indicator, index): Issue[] => {
    const path = ["indicators", index];
    const duplicate = seen.has(indicator.id);
    seen.add(indicator.id);
    return [
      ...(duplicate
        ? [
            {
              code: "indicator/duplicate-id",
              severity: "error" as const,
              message: `Indicator id "${indicator.id}" is used twice; give each indicator its own id.`,
              path: [...path, "id"],
            },
          ]
        : []),
      ...(indicator.tolerance !== undefined && indicator.target === undefined
        ? [
            {
              code: "indicator/tolerance-without-target",
              severity: "warning" as const,
              message: `Indicator "${indicator.name}" has a tolerance but no target; set a target or remove the tolerance.`,
              path: [...path, "tolerance"],
            },
          ]
        : []),
      ...(indicator.outcomeRefs?.refs ?? []).flatMap((ref, k) =>
        findOutcome(ref, registry) === undefined
          ? [
              {
                code: "outcome-ref/unknown-code",
                severity: "error" as const,
                message: `Outcome ${ref.code} of ${ref.framework} is not known; correct the reference.`,
                path: [...path, "outcomeRefs", "refs", k],
              },
            ]
          : [],
      ),
    ];
  });
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
