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
import type { Timescale } from "../timescale/timescale";
import { type TimescaleWindow, timescaleWindow } from "../timescale/timescale-window";
import type { ReportedStatus } from "./canonical-status";
import { deriveRag, type RagResult } from "./derive-rag";
import { defaultRagRules, type RagRules } from "./rag-rules";

/**
 * The assessment of one action (or one row of it, where rows report separately) at a reporting
 * date: what was reported, its dates, and the rating with its reason.
 *
 * @example
 * ```ts
 * const assessment: ActionAssessment = {
 *   at: "2008-09-30",
 *   actionNumber: "2.4.1",
 *   located,
 *   window: { due: "2008-07-31", open: false },
 *   rag: "red", status: "overdue", schedule: "past-due", rule: "late",
 *   because: "Reported not started; due 31 July 2008, which has passed.",
 * };
 * ```
 */
export type ActionAssessment = RagResult & {
  /** The reporting date the rating is for. */
  at: CalendarDate;
  /** The plan's id, where it has one: a roll-up across plans names it. */
  planId?: string;
  actionNumber: string;
  row?: number;
  located: LocatedAction;
  reported?: ReportedStatus;
  window: TimescaleWindow;
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
      "usage/invalid-argument",
      "assessPlan needs a reporting date: pass options.at or a progress return.",
    );
  return date;
}

/**
 * Assesses every action of a plan at a reporting date from a progress return: one assessment per
 * progress entry (per row where rows report separately), and one per action with no entry, which
 * is not rated. Plan years resolve against the plan's area-plan period.
 *
 * @param plan - The plan.
 * @param progress - The return to assess; without it every action is unreported.
 * @param options - Reporting date and rating rules.
 * @returns The assessments in document order.
 * @throws CjaKitError `usage/invalid-argument` when neither a progress return nor `options.at` gives a reporting date.
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
  return planActions(plan).flatMap((located) => {
    const entries = entriesFor(located.action);
    const reports: Array<ProgressEntry | undefined> = entries.length > 0 ? entries : [undefined];
    return reports.map((entry) => {
      const window = timescaleWindow(rowTimescale(located.action, entry?.row), { yearOne });
      const reported = entry?.status;
      const rag = deriveRag(
        {
          reported: reported?.status ?? "unknown",
          window,
          at,
          ...(entry?.percentComplete === undefined ? {} : { percentComplete: entry.percentComplete }),
        },
        rules,
      );
      const because = reported === undefined ? `No progress reported: not rated.` : rag.because;
      return {
        ...rag,
        because,
        at,
        ...(plan.id === undefined ? {} : { planId: plan.id }),
        actionNumber: located.action.number,
        ...(entry?.row === undefined ? {} : { row: entry.row }),
        located,
        ...(reported === undefined ? {} : { reported }),
        window,
      };
    });
  });
}
