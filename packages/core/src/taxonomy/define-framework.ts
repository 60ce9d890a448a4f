import { checkedFrom } from "../_internal/checked";
import { schemaIssues } from "../_internal/schema-issues";
import type { Checked, Issue } from "../issue/issue";
import { OutcomeFramework } from "./outcome-framework";

function duplicateCodes(framework: OutcomeFramework): Issue[] {
  const seen = new Set<string>();
  return framework.outcomes.flatMap((outcome, index) => {
    if (!seen.has(outcome.code)) {
      seen.add(outcome.code);
      return [];
    }
    return [
      {
        code: "taxonomy/duplicate-code",
        severity: "error",
        message: `Outcome code ${outcome.code} is used twice in ${framework.id}; give each outcome its own code.`,
        path: ["outcomes", index, "code"],
      },
    ];
  });
}

function misplacedOutcomes(framework: OutcomeFramework): Issue[] {
  const groups = new Set(framework.groups.map((group) => group.code));
  return framework.outcomes.flatMap((outcome, index): Issue[] => [
    ...(groups.has(outcome.group)
      ? []
      : [
          {
            code: "taxonomy/unknown-group",
            severity: "error",
            message: `Outcome ${outcome.code} is in group "${outcome.group}", which ${framework.id} does not define; add the group or correct the outcome.`,
            path: ["outcomes", index, "group"],
          } satisfies Issue,
        ]),
    ...(outcome.framework === framework.id
      ? []
      : [
          {
            code: "taxonomy/wrong-framework",
            severity: "error",
            message: `Outcome ${outcome.code} names framework "${outcome.framework}" but belongs to "${framework.id}".`,
            path: ["outcomes", index, "framework"],
          } satisfies Issue,
        ]),
  ]);
}

function unknownEditionCodes(framework: OutcomeFramework): Issue[] {
  const codes = new Set(framework.outcomes.map((outcome) => outcome.code));
  return (framework.editions ?? []).flatMap((edition, editionIndex) =>
    edition.codes.flatMap((code, index): Issue[] =>
      codes.has(code)
        ? []
        : [
            {
              code: "taxonomy/unknown-code",
              severity: "error",
              message: `Edition ${edition.id} lists outcome ${code}, which ${framework.id} does not define.`,
              path: ["editions", editionIndex, "codes", index],
            },
          ],
    ),
  );
}

function unknownReferences(framework: OutcomeFramework): Issue[] {
  const codes = new Set(framework.outcomes.map((outcome) => outcome.code));
  const unknown = (code: string, path: Array<string | number>, what: string): Issue => ({
    code: "taxonomy/unknown-code",
    severity: "error",
    message: `${what} names outcome ${code}, which ${framework.id} does not define.`,
    path,
  });
  return [
    ...framework.outcomes.flatMap((outcome, index) =>
      outcome.parent === undefined || (codes.has(outcome.parent) && outcome.parent !== outcome.code)
        ? []
        : [unknown(outcome.parent, ["outcomes", index, "parent"], `Outcome ${outcome.code}'s parent`)],
    ),
    ...(framework.indicators ?? []).flatMap((indicator, index) =>
      indicator.outcomes.flatMap((code, k) =>
        codes.has(code)
          ? []
          : [unknown(code, ["indicators", index, "outcomes", k], `Indicator ${indicator.id}`)],
      ),
    ),
  ];
}

/**
 * Checks a framework, such as a partnership's own local outcomes, before it is registered:
 * the schema, unique codes, known groups, and edition lists, parents and indicators that name
 * real outcomes.
 *
 * @param input - The framework as data.
 * @returns The framework, or every issue found.
 * @example
 * ```ts
 * const local = defineFramework({
 *   id: "lanarkshire-local",
 *   title: "Lanarkshire CJA local outcomes",
 *   source: "Lanarkshire CJA Draft Implementation Plan 2008-09",
 *   groups: [{ code: "L", label: "Local outcomes" }],
 *   outcomes: [{ framework: "lanarkshire-local", code: "L1", group: "L", wording: "Minimise the harm caused to individuals & communities" }],
 * });
 * local.ok; // true
 * ```
 */
export function defineFramework(input: unknown): Checked<OutcomeFramework> {
  const parsed = OutcomeFramework.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  const framework = parsed.data;
  const issues = [
    ...duplicateCodes(framework),
    ...misplacedOutcomes(framework),
    ...unknownEditionCodes(framework),
    ...unknownReferences(framework),
  ];
  return checkedFrom(framework, issues);
}
