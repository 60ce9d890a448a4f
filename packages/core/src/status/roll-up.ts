import { guarded, isArrayOfObjects, isObject, isText } from "../_internal/guard";
import type { ActionAssessment } from "./assess-plan";
import type { CanonicalStatus } from "./canonical-status";
import { canonicalStatuses } from "./canonical-status";
import { ragLabels } from "./labels";
import type { Rag } from "./rag";
import { rags } from "./rag";

/**
 * How a group's rating follows from its actions': `worst-of` (red if any action is red, then
 * amber, then green) or `proportion` (red when at least `red` of the rated actions are red, amber
 * when at least `amber` are red or amber, as shares from 0 to 1).
 *
 * @example
 * ```ts
 * const rule: RollUpRule = { kind: "proportion", red: 0.25, amber: 0.25 };
 * ```
 */
export type RollUpRule = { kind: "worst-of" } | { kind: "proportion"; red: number; amber: number };

/**
 * A group's rating with the counts behind it and the actions that made it so (`drivers`), each
 * with its own reason: a roll-up that explains itself.
 *
 * @example
 * ```ts
 * const summary: RollUp = {
 *   key: "theme:2.3", label: "2.3 Accommodation (B1-B5)", total: 3,
 *   counts: { status: { ... }, rag: { red: 1, amber: 1, green: 1, "not-rated": 0 } },
 *   rag: "red", rule: "worst-of", because: "Red because 1 of 3 is red: 2.3.1.",
 *   drivers: [{ label: "2.3.1", actionNumber: "2.3.1", rag: "red", because: "Reported at risk; due 31 March 2010, which has passed." }],
 * };
 * ```
 */
export type RollUp = {
  key: string;
  label: string;
  total: number;
  counts: { status: Record<CanonicalStatus, number>; rag: Record<Rag, number> };
  rag: Rag;
  rule: RollUpRule["kind"];
  because: string;
  drivers: Array<{
    label: string;
    planId?: string;
    actionNumber: string;
    row?: number;
    rag: Rag;
    because: string;
  }>;
  children?: RollUp[];
};

function tally<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

function rated(counts: Record<Rag, number>): number {
  return counts.red + counts.amber + counts.green;
}

function decide(counts: Record<Rag, number>, rule: RollUpRule): Rag {
  if (rule.kind === "worst-of")
    return rags.find((rag) => rag !== "not-rated" && counts[rag] > 0) ?? "not-rated";
  const total = rated(counts);
  if (total === 0) return "not-rated";
  if (counts.red / total >= rule.red) return "red";
  return (counts.red + counts.amber) / total >= rule.amber ? "amber" : "green";
}

/** How an action is named in a reason: its plan when the group spans plans, its row when it has several. */
function label(a: ActionAssessment, plans: boolean): string {
  const action = plans && a.planId !== undefined ? `${a.planId} ${a.actionNumber}` : a.actionNumber;
  return a.row === undefined || a.located.action.rows.length < 2 ? action : `${action} (row ${a.row + 1})`;
}

function explain(
  rag: Rag,
  drivers: ActionAssessment[],
  counts: Record<Rag, number>,
  total: number,
  rule: RollUpRule,
  plans: boolean,
): string {
  if (rag === "not-rated")
    return total === 0 ? "Not rated: no actions." : `Not rated: none of the ${total} actions is rated.`;
  const share = rule.kind === "proportion" ? ` (${rule.kind}: ${counts[rag]} of ${rated(counts)} rated)` : "";
  return `${ragLabels[rag]} because ${drivers.length} of ${total} ${drivers.length === 1 ? "is" : "are"} ${rag}${share}: ${drivers.map((a) => label(a, plans)).join(", ")}.`;
}

/**
 * Rolls assessments up into one rating for a group (a theme, an outcome, a plan), with counts per
 * status and per rating, and the actions that decided it.
 *
 * @param key - A stable key for the group.
 * @param groupLabel - The group's name for people.
 * @param assessments - The group's assessments.
 * @param rule - How the rating follows; worst-of by default.
 * @param namePlans - Name each action with its plan's id; by default, when the group spans plans.
 * @returns The roll-up.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * rollUp("plan", "Action Plan 2010-11", assessPlan(plan, progress)).because;
 * // "Red because 4 of 52 are red: 2.3.1, 2.3.2, …"
 * ```
 */
export function rollUp(
  key: string,
  groupLabel: string,
  assessments: readonly ActionAssessment[],
  rule: RollUpRule = { kind: "worst-of" },
  namePlans?: boolean,
): RollUp {
  return guarded(
    "rollUp",
    () => [
      ["key", isText, key],
      ["groupLabel", isText, groupLabel],
      ["assessments", isArrayOfObjects, assessments],
      ["rule", isObject, rule],
    ],
    () => rollUpOf(key, groupLabel, assessments, rule, namePlans),
  );
}

function rollUpOf(
  key: string,
  groupLabel: string,
  assessments: readonly ActionAssessment[],
  rule: RollUpRule = { kind: "worst-of" },
  namePlans?: boolean,
): RollUp {
  const counts = {
    status: tally(
      canonicalStatuses,
      assessments.map((a) => a.status),
    ),
    rag: tally(
      rags,
      assessments.map((a) => a.rag),
    ),
  };
  const rag = decide(counts.rag, rule);
  const drivers = rag === "not-rated" ? [] : assessments.filter((a) => a.rag === rag);
  const plans = namePlans ?? new Set(assessments.map((a) => a.planId)).size > 1;
  return {
    key,
    label: groupLabel,
    total: assessments.length,
    counts,
    rag,
    rule: rule.kind,
    because: explain(rag, drivers, counts.rag, assessments.length, rule, plans),
    drivers: drivers.map((a) => ({
      label: label(a, plans),
      ...(a.planId === undefined ? {} : { planId: a.planId }),
      actionNumber: a.actionNumber,
      ...(a.row === undefined ? {} : { row: a.row }),
      rag: a.rag,
      because: a.because,
    })),
  };
}
