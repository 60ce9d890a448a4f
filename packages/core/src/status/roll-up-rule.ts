import { guarded, has, isArrayOfObjects, isObject, usageError } from "../_internal/guard";
import type { ActionAssessment } from "./assess-plan";
import type { Rag } from "./rag";

const RULE_KINDS: ReadonlySet<unknown> = new Set([
  "worst-of",
  "majority",
  "share",
  "reported-only",
  "custom",
]);

/** Whether `value` is a roll-up rule: an object of one of the rule kinds. */
const isRule = (value: unknown): boolean => has(value, "kind", (kind) => RULE_KINDS.has(kind));

/**
 * How many of the actions a roll-up counts have each rating.
 *
 * @example
 * ```ts
 * const counts: RagCounts = { red: 1, amber: 3, green: 6, "not-rated": 2 };
 * ```
 */
export type RagCounts = Record<Rag, number>;

/**
 * How a group's rating follows from its actions' ratings. Presets (docs/status-rules.md works an
 * example of each): `worst-of` (the default: red if any rated action is red, then amber, then
 * green), `majority` (the rating most rated actions have; a tie goes to the worse), `share`
 * (weighted by share: red when at least `red` of the rated actions are red, amber when at least
 * `amber` are red or amber, shares from 0 to 1), `reported-only` (worst-of over the ratings the
 * returns themselves give or their status words carry, leaving aside anything the dates add), and
 * `custom` (your own `decide`, named by `id` and `label`).
 *
 * @example
 * ```ts
 * const rule: RollUpRule = { kind: "share", red: 0.25, amber: 0.5 };
 * const mine: RollUpRule = { kind: "custom", id: "any-red", label: "Red if any", decide: (counts) => (counts.red > 0 ? "red" : "green") };
 * ```
 */
export type RollUpRule =
  | { kind: "worst-of" }
  | { kind: "majority" }
  | { kind: "share"; red: number; amber: number }
  | { kind: "reported-only" }
  | {
      kind: "custom";
      id: string;
      label: string;
      decide: (counts: RagCounts, assessments: readonly ActionAssessment[]) => Rag;
    };

/**
 * The rating an action counts with under a rule: its own, or for `reported-only` the one its
 * return gives or its status word carries (dates left aside; not started carries none).
 *
 * @param assessment - An action's assessment.
 * @param rule - The roll-up rule.
 * @returns The rating counted.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * countedRag(assessment, { kind: "reported-only" });
 * ```
 */
export function countedRag(assessment: ActionAssessment, rule: RollUpRule): Rag {
  return guarded(
    "countedRag",
    () => [
      ["assessment", isObject, assessment],
      ["rule", isRule, rule],
    ],
    () => countedRagOf(assessment, rule),
  );
}

function countedRagOf(assessment: ActionAssessment, rule: RollUpRule): Rag {
  if (rule.kind !== "reported-only") return assessment.rag;
  if (assessment.reportedRag !== undefined) return assessment.reportedRag;
  return assessment.status === "not-started" ? "not-rated" : assessment.statusRag;
}

const WORST_FIRST: readonly Rag[] = ["red", "amber", "green"];

function majority(counts: RagCounts): Rag {
  const most = Math.max(counts.red, counts.amber, counts.green);
  return most === 0 ? "not-rated" : (WORST_FIRST.find((rag) => counts[rag] === most) ?? "not-rated");
}

function share(counts: RagCounts, red: number, amber: number): Rag {
  const total = counts.red + counts.amber + counts.green;
  if (total === 0) return "not-rated";
  if (counts.red / total >= red) return "red";
  return (counts.red + counts.amber) / total >= amber ? "amber" : "green";
}

/**
 * A group's rating from the counts of its actions' ratings under a rule.
 *
 * @param counts - How many actions have each rating.
 * @param rule - The roll-up rule.
 * @param assessments - The actions counted (for a custom rule).
 * @returns The rating; not rated when no action is rated.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * decideRollUp({ red: 1, amber: 2, green: 5, "not-rated": 0 }, { kind: "majority" }); // "green"
 * ```
 */
export function decideRollUp(
  counts: RagCounts,
  rule: RollUpRule,
  assessments: readonly ActionAssessment[] = [],
): Rag {
  return guarded(
    "decideRollUp",
    () => [
      ["counts", isObject, counts],
      ["rule", isRule, rule],
      ["assessments", isArrayOfObjects, assessments],
    ],
    () => decideRollUpOf(counts, rule, assessments),
  );
}

function decideRollUpOf(
  counts: RagCounts,
  rule: RollUpRule,
  assessments: readonly ActionAssessment[] = [],
): Rag {
  switch (rule.kind) {
    case "worst-of":
    case "reported-only":
      return WORST_FIRST.find((rag) => counts[rag] > 0) ?? "not-rated";
    case "majority":
      return majority(counts);
    case "share":
      return share(counts, rule.red, rule.amber);
    case "custom":
      return rule.decide(counts, assessments);
    default: {
      const never: never = rule;
      throw usageError(
        "decideRollUp",
        "a roll-up rule (worst-of, majority, share, reported-only or custom)",
        never,
      );
    }
  }
}

/**
 * A roll-up rule's name for people.
 *
 * @param rule - The roll-up rule.
 * @returns "Worst of", "Majority", "Weighted by share", "Reported only", or a custom rule's label.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * rollUpRuleLabel({ kind: "worst-of" }); // "Worst of"
 * ```
 */
export function rollUpRuleLabel(rule: RollUpRule): string {
  return guarded(
    "rollUpRuleLabel",
    () => [["rule", isRule, rule]],
    () => rollUpRuleLabelOf(rule),
  );
}

function rollUpRuleLabelOf(rule: RollUpRule): string {
  switch (rule.kind) {
    case "worst-of":
      return "Worst of";
    case "majority":
      return "Majority";
    case "share":
      return `Weighted by share (red at ${Math.round(rule.red * 100)}% red, amber at ${Math.round(rule.amber * 100)}% red or amber)`;
    case "reported-only":
      return "Reported only";
    case "custom":
      return rule.label;
    default: {
      const never: never = rule;
      throw usageError(
        "rollUpRuleLabel",
        "a roll-up rule (worst-of, majority, share, reported-only or custom)",
        never,
      );
    }
  }
}
