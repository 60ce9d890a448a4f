import { guarded, isArray, isText } from "../_internal/guard";
import { readable, type Signal, statusSignals } from "../_internal/status-signals";
import type { CanonicalStatus, ReportedStatus } from "./canonical-status";
import { defaultStatusRules } from "./default-status-rules";
import type { StatusRule } from "./status-rule";

/** Problems, worst first: when several stand, the worst decides. */
const severity: readonly CanonicalStatus[] = ["not-achieved", "off-track", "overdue", "on-hold", "at-risk"];

const after = (a: Signal, b: Signal) =>
  a.sentence > b.sentence || (a.sentence === b.sentence && a.end > b.end);
const latest = (signals: readonly Signal[]) =>
  signals.reduce<Signal | undefined>(
    (best, s) => (best === undefined || after(s, best) ? s : best),
    undefined,
  );
const ofKind = (signals: readonly Signal[], kind: StatusRule["kind"]) =>
  signals.filter((s) => s.rule.kind === kind);

/** Problems still standing: none later in the wording says they are over. */
function standingProblem(signals: readonly Signal[]): Signal | undefined {
  const resolutions = signals.filter((s) => s.rule.resolves === true);
  const standing = ofKind(signals, "problem").filter((p) => !resolutions.some((r) => after(r, p)));
  const worst = severity.find((status) => standing.some((p) => p.rule.status === status));
  return latest(standing.filter((p) => p.rule.status === worst));
}

/** The signal that decides, by the stated order of kinds. */
function decide(signals: readonly Signal[]): Signal | undefined {
  return (
    ofKind(signals, "withdrawn")[0] ??
    standingProblem(signals) ??
    latest(ofKind(signals, "claim")) ??
    latest(ofKind(signals, "progress")) ??
    latest(ofKind(signals, "plan"))
  );
}

/**
 * Reads progress wording as a canonical status, with the rule that decided and the words it
 * decided on. The strongest signal wins, in this stated order (not the first pattern to match):
 *
 * 1. the whole wording is a status word ("Complete", "Amber", "Not met", "Outstanding");
 * 2. wording that withdraws the work ("not required", "integrate with 3.1.1");
 * 3. a problem (delay, no funding, on hold, not met) that no later sentence says is over ("now
 *    back on track", "no longer delayed"); of several, the worst;
 * 4. the latest claim about the work as a whole ("on target", "part complete", "not yet started");
 * 5. the latest step done or under way ("audit completed", "group established"): the last sentence
 *    of a narrative tells where the work stands;
 * 6. a step arranged for a date ("meeting scheduled for 19th December");
 * 7. otherwise `unknown` (rule `none`): the wording states no status, and none is guessed.
 *
 * Negation is part of each pattern: "not yet complete" is in progress, "not met" is not achieved,
 * "no longer delayed" is on track.
 *
 * @param wording - The status or progress wording as reported.
 * @param rules - The rules; {@link defaultStatusRules} by default.
 * @returns The wording, its canonical status, the deciding rule's id and the deciding words.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * normaliseStatus("Ontrack"); // { raw: "Ontrack", status: "on-track", rule: "term-on-track", evidence: "Ontrack" }
 * normaliseStatus("Minutes forwarded to Chief Officer for information.").status; // "ongoing"
 * normaliseStatus("Cabinet Secretary visit to Duns 27 July.").status; // "unknown"
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

function normaliseStatusOf(wording: string, rules: readonly StatusRule[]): ReportedStatus {
  const whole = readable(wording);
  const term = rules.find((rule) => rule.kind === "term" && rule.pattern.test(whole));
  if (term !== undefined)
    return { raw: wording, status: term.status, rule: term.id, evidence: wording.trim() };
  // Sentences are read only where no term is the whole wording: most short statuses are one.
  const decided = decide(statusSignals(wording, rules));
  return decided === undefined
    ? { raw: wording, status: "unknown", rule: "none" }
    : { raw: wording, status: decided.rule.status, rule: decided.rule.id, evidence: decided.words };
}
