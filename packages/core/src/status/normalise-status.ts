import { guarded, isArray, isText } from "../_internal/guard";
import type { ReportedStatus } from "./canonical-status";
import { defaultStatusRules } from "./default-status-rules";
import type { StatusRule } from "./status-rule";

/**
 * Reads progress wording as a canonical status, with the rule that matched. Wording no rule
 * recognises is `unknown` (rule `none`): the status is never guessed.
 *
 * @param wording - The status or progress wording as reported.
 * @param rules - Rules tried in order; {@link defaultStatusRules} by default.
 * @returns The wording, its canonical status and the matching rule's id.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * normaliseStatus("Ontrack"); // { raw: "Ontrack", status: "on-track", rule: "on-track" }
 * normaliseStatus("Minutes forwarded to Chief Officer for information."); // { …, status: "unknown", rule: "none" }
 * ```
 */
export function normaliseStatus(
  wording: string,
  rules: readonly StatusRule[] = defaultStatusRules,
): ReportedStatus {
  return guarded(
    "normaliseStatus",
    () => [
      ["wording", isText, wording],
      ["rules", isArray, rules],
    ],
    () => normaliseStatusOf(wording, rules),
  );
}

function normaliseStatusOf(
  wording: string,
  rules: readonly StatusRule[] = defaultStatusRules,
): ReportedStatus {
  const text = wording.toLowerCase().replace(/\s+/g, " ").trim();
  const rule = rules.find((candidate) => candidate.pattern.test(text));
  return rule === undefined
    ? { raw: wording, status: "unknown", rule: "none" }
    : { raw: wording, status: rule.status, rule: rule.id };
}
