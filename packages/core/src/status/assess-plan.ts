import { entriesByAction } from "../_internal/entries-by-action";
import { guarded, isObject, optional } from "../_internal/guard";
import { CjaKitError } from "../issue/cja-kit-error";
import type { CalendarDate } from "../period/calendar-date";
import { reportingPeriodDates } from "../period/reporting-period-dates";
import type { Action } from "../plan/action";
import { normaliseActionNumber } from "../plan/normalise-action-number";
import { Plan } from "../plan/plan";
import { type LocatedAction, planActions } from "../plan/plan-actions";
import { type ProgressEntry, ProgressReturn } from "../progress/progress-return";
import type { DateSpan, Timescale } from "../timescale/timescale";
import { type TimescaleWindow, timescaleWindow } from "../timescale/timescale-window";
import type { ReportedStatus } from "./canonical-status";
import { deriveRag, type RagResult } from "./derive-rag";
import { defaultRagRules, type RagRules } from "./rag-rules";

/**
 * Where an assessment comes from, for people: the document's title as written (the authority, the
 * plan's title and the return's), the plan's id for tools, and the date it was assessed at.
 *
 * @example
 * ```ts
 * const source: AssessmentSource = { title: "Lanarkshire Community Justice Authority, QUARTER 2 PROGRESS July - September 2010", planId: "lanarkshire/action-plan-2010-11", at: "2010-09-30" };
 * ```
 */
export type AssessmentSource = { title: string; planId?: string; at: CalendarDate };

/**
 * The assessment of one action (or one row of it, where rows report separately) at a reporting
 * date: what was reported, its dates (and a revised window where a revised timescale is reported),
 * the source named by its title, and the rating with its reason and checks.
 *
 * @example
 * ```ts
 * const assessment: ActionAssessment = {
 *   at: "2008-09-30",
 *   actionNumber: "2.4.1",
 *   located,
 *   window: { due: "2008-07-31", open: false },
 *   source: { title: "Lothian & Borders Community Justice Authority, ACTION PLAN 2010-11", at: "2008-09-30" },
 *   rag: "red", status: "not-started", statusRag: "red", derivedRag: "red", schedule: "past-due", due: "2008-07-31", rule: "late",
 *   because: "Reported not started; the planned date, 31 July 2008, has passed.", checks: [],
 * };
 * ```
 */
export type ActionAssessment = RagResult & {
  /** The reporting date the rating is for. */
  at: CalendarDate;
  /** The plan's id, where it has one (data for tools; people read `source.title`). */
  planId?: string;
  source: AssessmentSource;
  actionNumber: string;
  row?: number;
  located: LocatedAction;
  reported?: ReportedStatus;
  window: TimescaleWindow;
  revised?: TimescaleWindow;
};

/**
 * Options for {@link assessPlan}.
 *
 * @example
 * ```ts
 * const options: AssessPlanOptions = { at: "2008-09-30", rules: { ...defaultRagRules, lateInProgress: "red" } };
 * ```
 */
export type AssessPlanOptions = {
  /** The reporting date; by default the return's `reportedOn`, else the end of its period. */
  at?: CalendarDate;
  /** Rating rules. @defaultValue {@link defaultRagRules} */
  rules?: RagRules;
};

function rowTimescale(action: Action, row: number | undefined): Timescale {
  const rows = row === undefined ? action.rows : action.rows.slice(row, row + 1);
  const raw = rows.flatMap((r) => (r.timescale === undefined ? [] : [r.timescale.raw])).join("\n");
  return { raw, segments: rows.flatMap((r) => r.timescale?.segments ?? []) };
}

function reportingDate(progress: ProgressReturn | undefined, at: CalendarDate | undefined): CalendarDate {
  const date =
    at ??
    progress?.reportedOn ??
    (progress === undefined ? undefined : reportingPeriodDates(progress.period).end);
  if (date === undefined)
    throw new CjaKitError(
      "status/no-reporting-date",
      "assessPlan needs a reporting date: pass options.at or a progress return.",
    );
  return date;
}

function events(timescale: Timescale): DateSpan[] {
  return timescale.segments.flatMap((segment) => (segment.when.kind === "event" ? [segment.when.span] : []));
}

/** The source's title as people read it: the authority, the plan's title and the return's, as written. */
function sourceTitle(plan: Plan, progress: ProgressReturn | undefined): string {
  const parts = [plan.authority.name, plan.title, progress?.title].filter((part) => part !== undefined);
  return parts.join(", ");
}

function assess(
  located: LocatedAction,
  entry: ProgressEntry | undefined,
  context: { at: CalendarDate; rules: RagRules; yearOne: Plan["period"]["from"]; source: AssessmentSource },
): ActionAssessment {
  const { at, rules, yearOne, source } = context;
  const timescale = rowTimescale(located.action, entry?.row);
  const window = timescaleWindow(timescale, { yearOne });
  const revised =
    entry?.revisedTimescale === undefined ? undefined : timescaleWindow(entry.revisedTimescale, { yearOne });
  const reported = entry?.status;
  const rag = deriveRag(
    {
      reported: reported?.status ?? "unknown",
      ...(entry?.reportedRag?.rag === undefined ? {} : { reportedRag: entry.reportedRag.rag }),
      window,
      ...(revised === undefined ? {} : { revised }),
      events: events(timescale),
      at,
      ...(entry?.percentComplete === undefined ? {} : { percentComplete: entry.percentComplete }),
    },
    rules,
  );
  return {
    ...rag,
    because:
      entry === undefined ? "No progress was reported for this action, so it is not rated." : rag.because,
    at,
    ...(source.planId === undefined ? {} : { planId: source.planId }),
    source,
    actionNumber: located.action.number,
    ...(entry?.row === undefined ? {} : { row: entry.row }),
    located,
    ...(reported === undefined ? {} : { reported }),
    window,
    ...(revised === undefined ? {} : { revised }),
  };
}

/**
 * Assesses every action of a plan at a reporting date from a progress return: one assessment per
 * progress entry (per row where rows report separately), and one per action with no entry, which
 * is not rated. Plan years resolve against the plan's area-plan period; a revised timescale
 * reported with an entry moves its schedule; a timescale that records an event is not a deadline;
 * the return's own RAG is kept as reported (see {@link deriveRag}).
 *
 * @param plan - The plan.
 * @param progress - The return to assess; without it every action is unreported.
 * @param options - Reporting date and rating rules.
 * @returns The assessments in document order.
 * @throws CjaKitError (`status/no-reporting-date`) when neither a progress return nor `options.at`
 *   gives a reporting date.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const assessments = assessPlan(plan, progressReturn);
 * assessments.filter((a) => a.rag === "red").map((a) => `${a.actionNumber}: ${a.because}`);
 * ```
 */
export function assessPlan(
  plan: Plan,
  progress?: ProgressReturn,
  options: AssessPlanOptions = {},
): ActionAssessment[] {
  return guarded(
    "assessPlan",
    () => [
      ["plan", Plan, plan],
      ["progress", optional(ProgressReturn), progress],
      ["options", isObject, options],
    ],
    () => assessPlanOf(plan, progress, options),
  );
}

function assessPlanOf(
  plan: Plan,
  progress?: ProgressReturn,
  options: AssessPlanOptions = {},
): ActionAssessment[] {
  const at = reportingDate(progress, options.at);
  const rules = options.rules ?? defaultRagRules;
  const yearOne = (plan.areaPlanPeriod ?? plan.period).from;
  const byAction = entriesByAction(progress?.entries ?? []);
  const entriesFor = (action: Action): ProgressEntry[] =>
    byAction.get(normaliseActionNumber(action.number)) ?? [];
  const source: AssessmentSource = {
    title: sourceTitle(plan, progress),
    ...(plan.id === undefined ? {} : { planId: plan.id }),
    at,
  };
  return planActions(plan).flatMap((located) => {
    const entries = entriesFor(located.action);
    const reports: Array<ProgressEntry | undefined> = entries.length > 0 ? entries : [undefined];
    return reports.map((entry) => assess(located, entry, { at, rules, yearOne, source }));
  });
}
