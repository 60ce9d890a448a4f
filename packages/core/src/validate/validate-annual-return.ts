import { checkIndicators } from "../_internal/check-indicators";
import { checkedFrom } from "../_internal/checked";
import { guarded, isObject } from "../_internal/guard";
import { schemaIssues } from "../_internal/schema-issues";
import { scoreIssues } from "../_internal/score-issues";
import type { Checked, Issue } from "../issue/issue";
import { AnnualReturn } from "../report/annual-return";
import { findOutcome } from "../taxonomy/find-outcome";
import { builtInRegistry, type OutcomeRegistry } from "../taxonomy/outcome-registry";

/**
 * The checks of {@link validateAnnualReturn} without the schema parse: a return goes to a national
 * body from a partnership, section numbers are not repeated, outcomes resolve, scores are 1-10,
 * indicators are checked as an indicator set's.
 *
 * @param value - A return that satisfies the `AnnualReturn` schema.
 * @param options - The registry outcomes resolve against.
 * @returns Every issue found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * checkAnnualReturn(AnnualReturn.parse(data));
 * ```
 */
export function checkAnnualReturn(
  value: AnnualReturn,
  options: { registry?: OutcomeRegistry } = {},
): Issue[] {
  return guarded(
    "checkAnnualReturn",
    () => [
      ["value", AnnualReturn, value],
      ["options", isObject, options],
    ],
    () => checkAnnualReturnOf(value, options),
  );
}

function checkAnnualReturnOf(value: AnnualReturn, options: { registry?: OutcomeRegistry } = {}): Issue[] {
  const registry = options.registry ?? builtInRegistry;
  const numbers = value.sections.map((section) => section.number);
  return [
    ...(value.recipient.kind === "national"
      ? []
      : [
          {
            code: "return/recipient-not-national",
            severity: "warning" as const,
            message: `An annual return goes to Community Justice Scotland, not ${value.recipient.name}.`,
            path: ["recipient"],
          },
        ]),
    ...value.sections.flatMap((section, index): Issue[] => {
      const path = ["sections", index];
      return [
        ...(section.number !== undefined && numbers.indexOf(section.number) !== index
          ? [
              {
                code: "return/duplicate-section-number",
                severity: "warning" as const,
                message: `Section number ${section.number} is used twice.`,
                path: [...path, "number"],
              },
            ]
          : []),
        ...(section.outcome === undefined || findOutcome(section.outcome, registry) !== undefined
          ? []
          : [
              {
                code: "report/unknown-outcome",
                severity: "error" as const,
                message: `Outcome ${section.outcome.code} of ${section.outcome.framework} is not known.`,
                path: [...path, "outcome"],
              },
            ]),
        ...scoreIssues(section.selfAssessment ?? [], undefined, [...path, "selfAssessment"]),
        ...checkIndicators(section.indicators ?? [], registry, [...path, "indicators"]),
      ];
    }),
  ];
}

/**
 * Checks an annual return to Community Justice Scotland: the schema, then {@link checkAnnualReturn}'s rules.
 *
 * @param input - The return as data.
 * @param options - The registry outcomes resolve against.
 * @returns The typed return with any warnings, or the issues when an error was found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * validateAnnualReturn(data).ok;
 * ```
 */
export function validateAnnualReturn(
  input: unknown,
  options: { registry?: OutcomeRegistry } = {},
): Checked<AnnualReturn> {
  return guarded(
    "validateAnnualReturn",
    () => [["options", isObject, options]],
    () => validateAnnualReturnOf(input, options),
  );
}

function validateAnnualReturnOf(
  input: unknown,
  options: { registry?: OutcomeRegistry } = {},
): Checked<AnnualReturn> {
  const parsed = AnnualReturn.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  return checkedFrom(parsed.data, checkAnnualReturn(parsed.data, options));
}
