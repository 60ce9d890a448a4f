import { guarded, optional } from "../_internal/guard";
import type { Issue } from "../issue/issue";
import { planPeriodDates } from "../period/plan-period";
import { reportingPeriodDates } from "../period/reporting-period-dates";
import { normaliseActionNumber } from "../plan/normalise-action-number";
import { Plan } from "../plan/plan";
import { planActions } from "../plan/plan-actions";
import { ProgressReturn } from "../progress/progress-return";
import type { CanonicalStatus } from "../status/canonical-status";
import { canonicalStatusLabels, ragLabels } from "../status/labels";
import type { Rag } from "../status/rag";

/** The rating a status word carries by itself, where it carries one without dates. */
function ragOfStatus(status: CanonicalStatus): Rag | undefined {
  const carried: Partial<Record<CanonicalStatus, Rag>> = {
    "on-track": "green",
    complete: "green",
    "at-risk": "amber",
    "part-complete": "amber",
    "on-hold": "amber",
    "off-track": "red",
    "not-achieved": "red",
  };
  return carried[status];
}

/**
 * A named check of a progress return, against its plan where one is given.
 *
 * @example
 * ```ts
 * const everyEntryRated: ProgressRule = (progress) =>
 *   progress.entries.flatMap((entry, index) => (entry.status.status === "unknown" ? [{ code: "local/unrated", severity: "warning", message: `Rate action ${entry.action}.`, path: ["entries", index] }] : []));
 * validateProgressReturn(progress, { plan, rules: [...progressRules, everyEntryRated] });
 * ```
 */
export type ProgressRule = (progress: ProgressReturn, plan: Plan | undefined) => Issue[];

const entryPath = (index: number, ...rest: Array<string | number>) => ["entries", index, ...rest];

/** The period reported on lies within the plan's period (its area plan's, for an annual plan).
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * periodInsidePlan(progress, plan); // [] for Q2 2008-09 against the 2008-11 area plan
 * ```
 */
export const periodInsidePlan: ProgressRule = (progress, plan) =>
  guarded(
    "periodInsidePlan",
    () => [
      ["progress", ProgressReturn, progress],
      ["plan", optional(Plan), plan],
    ],
    () => periodInsidePlanOf(progress, plan),
  );

const periodInsidePlanOf: ProgressRule = (progress, plan) => {
  if (plan === undefined) return [];
  const period = plan.areaPlanPeriod ?? plan.period;
  const planDates = planPeriodDates(period);
  const dates = reportingPeriodDates(progress.period);
  if (dates.start >= planDates.start && dates.end <= planDates.end) return [];
  const message = `The return reports on ${dates.start} to ${dates.end}, outside the plan's period ${period.from} to ${period.to}; check the return's period or the plan it belongs to.`;
  return [{ code: "progress/period-outside-plan", severity: "error", message, path: ["period"] }];
};

/** The return names the plan it reports on.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * planMatches(progress, plan);
 * ```
 */
export const planMatches: ProgressRule = (progress, plan) =>
  guarded(
    "planMatches",
    () => [
      ["progress", ProgressReturn, progress],
      ["plan", optional(Plan), plan],
    ],
    () => planMatchesOf(progress, plan),
  );

const planMatchesOf: ProgressRule = (progress, plan) => {
  if (plan?.id === undefined || progress.planId === undefined || plan.id === progress.planId) return [];
  const message = `The return is for plan "${progress.planId}" but was checked against "${plan.id}".`;
  return [{ code: "progress/plan-mismatch", severity: "warning", message, path: ["planId"] }];
};

/** Every entry names an action (and row) of the plan.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * entriesMatchActions(progress, plan).map((issue) => issue.actionNumber);
 * ```
 */
export const entriesMatchActions: ProgressRule = (progress, plan) =>
  guarded(
    "entriesMatchActions",
    () => [
      ["progress", ProgressReturn, progress],
      ["plan", optional(Plan), plan],
    ],
    () => entriesMatchActionsOf(progress, plan),
  );

const entriesMatchActionsOf: ProgressRule = (progress, plan) => {
  if (plan === undefined) return [];
  const actions = new Map(
    planActions(plan).map((located) => [normaliseActionNumber(located.action.number), located]),
  );
  return progress.entries.flatMap((entry, index): Issue[] => {
    const found = actions.get(normaliseActionNumber(entry.action));
    if (found === undefined) {
      const message = `Progress is reported for action ${entry.action}, which the plan does not have; correct the action number.`;
      return [
        {
          code: "progress/unknown-action",
          severity: "error",
          message,
          path: entryPath(index, "action"),
          actionNumber: entry.action,
        },
      ];
    }
    if (entry.row === undefined || entry.row < found.action.rows.length) return [];
    const message = `Progress is reported for row ${entry.row + 1} of action ${entry.action}, which has ${found.action.rows.length} row(s).`;
    return [
      {
        code: "progress/unknown-row",
        severity: "error",
        message,
        path: entryPath(index, "row"),
        actionNumber: entry.action,
      },
    ];
  });
};

/** Each action (or row) is reported once.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * uniqueEntries(progress, undefined);
 * ```
 */
export const uniqueEntries: ProgressRule = (progress, plan) =>
  guarded(
    "uniqueEntries",
    () => [["progress", ProgressReturn, progress]],
    () => uniqueEntriesOf(progress, plan),
  );

const uniqueEntriesOf: ProgressRule = (progress) => {
  const seen = new Set<string>();
  return progress.entries.flatMap((entry, index): Issue[] => {
    const key = `${normaliseActionNumber(entry.action)}#${entry.row ?? "all"}`;
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    const message = `Action ${entry.action}${entry.row === undefined ? "" : ` row ${entry.row + 1}`} is reported twice; merge the two entries.`;
    return [
      {
        code: "progress/duplicate-entry",
        severity: "error",
        message,
        path: entryPath(index),
        actionNumber: entry.action,
      },
    ];
  });
};

/** Per-council parts name councils of the authority.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * councilsKnown(progress, undefined); // SLC and NLC are Lanarkshire's
 * ```
 */
export const councilsKnown: ProgressRule = (progress, plan) =>
  guarded(
    "councilsKnown",
    () => [["progress", ProgressReturn, progress]],
    () => councilsKnownOf(progress, plan),
  );

const councilsKnownOf: ProgressRule = (progress) => {
  const names = new Set(
    progress.authority.councils
      .flatMap((c) => [c.name, c.abbreviation])
      .filter((n) => n !== undefined)
      .map((n) => n.toLowerCase()),
  );
  return progress.entries.flatMap((entry, index) =>
    (entry.byCouncil ?? []).flatMap((part, k): Issue[] =>
      names.has(part.council.toLowerCase())
        ? []
        : [
            {
              code: "progress/unknown-council",
              severity: "warning",
              message: `"${part.council}" is not one of ${progress.authority.name}'s councils; use a council's name or abbreviation.`,
              path: entryPath(index, "byCouncil", k, "council"),
              actionNumber: entry.action,
            },
          ],
    ),
  );
};

/** Progress wording that states no status a rule recognises is reported, so it can be rated or a rule added.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * statusRecognised(progress, undefined).length; // entries whose wording no rule read
 * ```
 */
export const statusRecognised: ProgressRule = (progress, plan) =>
  guarded(
    "statusRecognised",
    () => [["progress", ProgressReturn, progress]],
    () => statusRecognisedOf(progress, plan),
  );

const statusRecognisedOf: ProgressRule = (progress) =>
  progress.entries.flatMap((entry, index): Issue[] =>
    entry.status.status !== "unknown"
      ? []
      : [
          {
            code: "status/unrecognised",
            severity: "info",
            message: `The progress reported for action ${entry.action} ("${entry.status.raw.slice(0, 80)}${entry.status.raw.length > 80 ? "…" : ""}") does not say how the work stands, so it is not rated; report a status such as "On track", "Complete" or "Not started", or add a status rule.`,
            path: entryPath(index, "status"),
            actionNumber: entry.action,
          },
        ],
  );

/** A RAG the return gives that differs from the rating its own status wording carries ("Green" beside "delayed").
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * reportedRagAgrees(progress, undefined).map((issue) => issue.actionNumber);
 * ```
 */
export const reportedRagAgrees: ProgressRule = (progress, plan) =>
  guarded(
    "reportedRagAgrees",
    () => [["progress", ProgressReturn, progress]],
    () => reportedRagAgreesOf(progress, plan),
  );

const reportedRagAgreesOf: ProgressRule = (progress) =>
  progress.entries.flatMap((entry, index): Issue[] => {
    const reported = entry.reportedRag?.rag;
    const carried = ragOfStatus(entry.status.status);
    if (reported === undefined || carried === undefined || reported === carried) return [];
    const message = `Action ${entry.action} is rated ${ragLabels[reported].toLowerCase()} ("${entry.reportedRag?.raw}") but reported ${canonicalStatusLabels[entry.status.status].toLowerCase()}, which is rated ${ragLabels[carried].toLowerCase()}; confirm the rating or the status.`;
    return [
      {
        code: "progress/reported-rag-differs",
        severity: "warning",
        message,
        path: entryPath(index, "reportedRag"),
        actionNumber: entry.action,
        actual: entry.reportedRag?.raw ?? "",
      },
    ];
  });

/**
 * The checks {@link validateProgressReturn} runs, in order.
 *
 * @example
 * ```ts
 * progressRules.length; // 7
 * ```
 */
export const progressRules: readonly ProgressRule[] = [
  periodInsidePlan,
  planMatches,
  entriesMatchActions,
  uniqueEntries,
  councilsKnown,
  statusRecognised,
  reportedRagAgrees,
];
