import { guarded, isArrayOfObjects, isObject, isText } from "../_internal/guard";
import { longDate } from "../_internal/long-date";
import { ragWords } from "../_internal/rating-words";
import type { CalendarDate } from "../period/calendar-date";
import type { ActionAssessment } from "./assess-plan";
import type { CanonicalStatus } from "./canonical-status";
import { canonicalStatuses } from "./canonical-status";
import { ragLabels } from "./labels";
import type { Rag } from "./rag";
import { rags } from "./rag";
import { countedRag, decideRollUp, type RagCounts, type RollUpRule } from "./roll-up-rule";

/**
 * Options for {@link rollUp}.
 *
 * @example
 * ```ts
 * const options: RollUpOptions = { rule: { kind: "majority" }, minCoverage: 0.75, belowCoverage: "flag" };
 * ```
 */
export type RollUpOptions = {
  /** How the rating follows from the actions'. @defaultValue `{ kind: "worst-of" }` */
  rule?: RollUpRule;
  /** The share of actions (0 to 1) that must be rated for the group to be rated. @defaultValue 0.5 */
  minCoverage?: number;
  /** Below `minCoverage`: decline to rate (`decline`), or rate and say "low coverage" (`flag`). @defaultValue "decline" */
  belowCoverage?: "decline" | "flag";
  /** Name each action with its source's title; by default, when the group spans sources. */
  namePlans?: boolean;
};

/**
 * A source of a roll-up's assessments: its title as written, its plan's id for tools, the date it
 * was assessed at, and how many of the group's actions it gave and rated.
 *
 * @example
 * ```ts
 * const source: RollUpSource = { title: "Lothian & Borders Community Justice Authority, ACTION PLAN 2010-11, Year 2 Progress/ Amendments", at: "2010-03-31", total: 12, rated: 9 };
 * ```
 */
export type RollUpSource = { title: string; planId?: string; at: CalendarDate; total: number; rated: number };

/**
 * A group's rating with the counts behind it, how much of the group was rated (`rated`, `coverage`
 * from 0 to 1, `lowCoverage` when below the threshold), the sources with the date each was assessed
 * at, the actions that decided it (`drivers`, each with its own reason), how many actions carry a
 * check, and a reason for a board member. `rule` is the preset's id (data).
 *
 * @example
 * ```ts
 * const summary: RollUp = {
 *   key: "theme:2.3", label: "2.3 Accommodation (B1-B5)", total: 3, rated: 3, coverage: 1, lowCoverage: false,
 *   counts: { status: { ... }, rag: { red: 0, amber: 2, green: 1, "not-rated": 0 } },
 *   sources: [{ title: "Lothian & Borders Community Justice Authority, ACTION PLAN 2010-11, Year 2 Progress/ Amendments", at: "2010-03-31", total: 3, rated: 3 }],
 *   rag: "amber", rule: "worst-of", checks: 0,
 *   because: "Amber because 2 of the 3 rated actions are amber: 2.3.1, 2.3.2. 3 of 3 actions rated (100%), assessed at 31 March 2010.",
 *   drivers: [],
 * };
 * ```
 */
export type RollUp = {
  key: string;
  label: string;
  total: number;
  rated: number;
  coverage: number;
  lowCoverage: boolean;
  counts: { status: Record<CanonicalStatus, number>; rag: RagCounts };
  sources: RollUpSource[];
  rag: Rag;
  rule: string;
  checks: number;
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

function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

const ratedCount = (counts: RagCounts) => counts.red + counts.amber + counts.green;
const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** How an action is named in a reason: its source's title when the group spans sources, its row when it has several. */
function label(a: ActionAssessment, sources: boolean): string {
  const row = a.row === undefined || a.located.action.rows.length < 2 ? "" : ` (row ${a.row + 1})`;
  return sources ? `${a.actionNumber}${row} of ${a.source.title}` : `${a.actionNumber}${row}`;
}

function sourcesOf(assessments: readonly ActionAssessment[], rule: RollUpRule): RollUpSource[] {
  const bySource = new Map<string, RollUpSource>();
  for (const a of assessments) {
    const key = `${a.source.title}@${a.source.at}`;
    const known = bySource.get(key) ?? {
      title: a.source.title,
      ...(a.source.planId === undefined ? {} : { planId: a.source.planId }),
      at: a.source.at,
      total: 0,
      rated: 0,
    };
    known.total += 1;
    if (countedRag(a, rule) !== "not-rated") known.rated += 1;
    bySource.set(key, known);
  }
  return [...bySource.values()];
}

function assessedAt(sources: readonly RollUpSource[]): string {
  const dates = [...new Set(sources.map((s) => s.at))].sort().map(longDate);
  if (dates.length === 0) return "";
  const last = dates.pop();
  return dates.length === 0 ? `assessed at ${last}` : `assessed at ${dates.join(", ")} and ${last}`;
}

/** "the only rated action is", "all 3 rated actions are", "2 of the 5 rated actions are". */
function share(n: number, rated: number): string {
  if (n === rated) return rated === 1 ? "the only rated action is" : `all ${rated} rated actions are`;
  return `${n} of the ${rated} rated actions ${plural(n, "is", "are")}`;
}

type Facts = {
  rag: Rag;
  counts: RagCounts;
  total: number;
  low: boolean;
  declined: boolean;
  drivers: readonly ActionAssessment[];
  named: boolean;
};

const MOST_NAMED = 8;

/** The deciding actions for a sentence: grouped by source when there are several, at most eight named. */
function driverList(drivers: readonly ActionAssessment[], named: boolean): string {
  const shown = drivers.slice(0, MOST_NAMED);
  const more = drivers.length - shown.length;
  const bySource = new Map<string, string[]>();
  for (const a of shown)
    bySource.set(a.source.title, [...(bySource.get(a.source.title) ?? []), label(a, false)]);
  const groups = [...bySource].map(([title, names]) =>
    named ? `${names.join(", ")} of ${title}` : names.join(", "),
  );
  return `${groups.join("; ")}${more > 0 ? ` and ${more} more` : ""}`;
}

function explain(facts: Facts, sources: readonly RollUpSource[]): string {
  const { counts, total } = facts;
  const rated = ratedCount(counts);
  if (total === 0) return "Not rated: no actions.";
  const coverage = `${rated} of ${total} ${plural(total, "action", "actions")} rated (${percent(rated / total)}), ${assessedAt(sources)}.`;
  if (rated === 0) return `Not rated: none of the ${total} actions is rated.`;
  const found = rags
    .filter((rag) => rag !== "not-rated" && counts[rag] > 0)
    .map((rag) => `${counts[rag]} ${ragWords(rag)}`)
    .join(", ");
  if (facts.declined) return `Not rated: only ${coverage} Of those rated: ${found}.`;
  const why = `${ragLabels[facts.rag]} because ${share(facts.drivers.length, rated)} ${ragWords(facts.rag)}: ${driverList(facts.drivers, facts.named)}.`;
  return facts.low ? `Low coverage: ${why} Only ${coverage}` : `${why} ${coverage}`;
}

/**
 * Rolls assessments up into one rating for a group (a theme, an outcome, a plan), with counts per
 * status and per rating, how much of the group was rated, the sources and the date each was
 * assessed at, the actions that decided it, and a reason a board member reads ("Green because 2 of
 * the 2 rated actions are green: 6.1, 3. 2 of 16 actions rated (13%), …"). Below `minCoverage` the
 * group is not rated (or, with `belowCoverage: "flag"`, rated and marked low coverage).
 *
 * @param key - A stable key for the group.
 * @param groupLabel - The group's name for people.
 * @param assessments - The group's assessments.
 * @param options - The rule (worst-of by default), the coverage threshold, and naming.
 * @returns The roll-up.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * rollUp("plan", "Action Plan 2010-11", assessPlan(plan, progress)).because;
 * // "Red because 3 of the 20 rated actions are red: 2.2.1, 2.4.5, 2.5.1. 20 of 49 actions rated (41%), …"
 * ```
 */
export function rollUp(
  key: string,
  groupLabel: string,
  assessments: readonly ActionAssessment[],
  options: RollUpOptions = {},
): RollUp {
  return guarded(
    "rollUp",
    () => [
      ["key", isText, key],
      ["groupLabel", isText, groupLabel],
      ["assessments", isArrayOfObjects, assessments],
      ["options", isObject, options],
    ],
    () => rollUpOf(key, groupLabel, assessments, options),
  );
}

function rollUpOf(
  key: string,
  groupLabel: string,
  assessments: readonly ActionAssessment[],
  options: RollUpOptions = {},
): RollUp {
  const rule = options.rule ?? { kind: "worst-of" };
  const counted = assessments.map((a) => countedRag(a, rule));
  const counts = {
    status: tally(
      canonicalStatuses,
      assessments.map((a) => a.status),
    ),
    rag: tally(rags, counted),
  };
  const rated = ratedCount(counts.rag);
  const coverage = assessments.length === 0 ? 0 : rated / assessments.length;
  const low = coverage < (options.minCoverage ?? 0.5);
  const declined = low && (options.belowCoverage ?? "decline") === "decline";
  const decided = decideRollUp(counts.rag, rule, assessments);
  const rag = declined ? "not-rated" : decided;
  const sources = sourcesOf(assessments, rule);
  const named = options.namePlans ?? new Set(assessments.map((a) => a.source.title)).size > 1;
  const drivers = rag === "not-rated" ? [] : assessments.filter((_, i) => counted[i] === rag);
  const names = drivers.map((a) => label(a, named));
  return {
    key,
    label: groupLabel,
    total: assessments.length,
    rated,
    coverage,
    lowCoverage: low && assessments.length > 0,
    counts,
    sources,
    rag,
    rule: rule.kind === "custom" ? rule.id : rule.kind,
    checks: assessments.filter((a) => a.checks.length > 0).length,
    because: explain(
      { rag, counts: counts.rag, total: assessments.length, low, declined, drivers, named },
      sources,
    ),
    drivers: drivers.map((a, i) => ({
      label: names[i] ?? a.actionNumber,
      ...(a.planId === undefined ? {} : { planId: a.planId }),
      actionNumber: a.actionNumber,
      ...(a.row === undefined ? {} : { row: a.row }),
      rag,
      because: a.because,
    })),
  };
}
