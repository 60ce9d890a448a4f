import { checkedFrom } from "../_internal/checked";
import { guarded, isObject } from "../_internal/guard";
import { schemaIssues } from "../_internal/schema-issues";
import type { Checked, Issue } from "../issue/issue";
import type { Plan } from "../plan/plan";
import { ProgressReturn } from "../progress/progress-return";
import { type ProgressRule, progressRules } from "./progress-rules";

/**
 * Options for {@link validateProgressReturn}.
 *
 * @example
 * ```ts
 * const options: ValidateProgressReturnOptions = { plan };
 * ```
 */
export type ValidateProgressReturnOptions = {
  /** The plan reported on; without it, checks against the plan are skipped. */
  plan?: Plan;
  /** The checks to run. @defaultValue {@link progressRules} */
  rules?: readonly ProgressRule[];
};

/**
 * Checks a progress return in one call: the schema; against its plan, that the period lies within
 * the plan period and every entry names an action (and row) of it; that no action is reported
 * twice; that per-council parts name the authority's councils; and (as info) status wording no rule
 * recognises.
 *
 * @param input - The return as data.
 * @param options - The plan, and the rules.
 * @returns The typed return with any warnings, or the issues when an error was found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const checked = validateProgressReturn(data, { plan });
 * checked.issues.filter((issue) => issue.severity === "error");
 * ```
 */
export function validateProgressReturn(
  input: unknown,
  options: ValidateProgressReturnOptions = {},
): Checked<ProgressReturn> {
  return guarded(
    "validateProgressReturn",
    () => [["options", isObject, options]],
    () => validateProgressReturnOf(input, options),
  );
}

function validateProgressReturnOf(
  input: unknown,
  options: ValidateProgressReturnOptions = {},
): Checked<ProgressReturn> {
  const parsed = ProgressReturn.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  return checkedFrom(parsed.data, checkProgressReturn(parsed.data, options));
}

/**
 * The checks of {@link validateProgressReturn} without the schema parse, for a return already
 * typed (built by a reader, or parsed with the `ProgressReturn` schema).
 *
 * @param progress - A return that satisfies the `ProgressReturn` schema.
 * @param options - The plan, and the rules.
 * @returns Every issue the rules find.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const issues = checkProgressReturn(ProgressReturn.parse(data), { plan });
 * ```
 */
export function checkProgressReturn(
  progress: ProgressReturn,
  options: ValidateProgressReturnOptions = {},
): Issue[] {
  return guarded(
    "checkProgressReturn",
    () => [
      ["progress", ProgressReturn, progress],
      ["options", isObject, options],
    ],
    () => checkProgressReturnOf(progress, options),
  );
}

function checkProgressReturnOf(
  progress: ProgressReturn,
  options: ValidateProgressReturnOptions = {},
): Issue[] {
  return (options.rules ?? progressRules).flatMap((rule) => rule(progress, options.plan));
}
