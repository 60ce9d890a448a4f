import { daysBetween } from "../_internal/calendar";
import { guarded, has, isObject, isText } from "../_internal/guard";
import { longDate } from "../_internal/long-date";
import { ragWords, reportedWords, statusWords } from "../_internal/rating-words";
import { spanText } from "../_internal/span-text";
import type { CalendarDate } from "../period/calendar-date";
import type { DateSpan } from "../timescale/timescale";
import type { TimescaleWindow } from "../timescale/timescale-window";
import type { CanonicalStatus } from "./canonical-status";
import type { Rag } from "./rag";
import { defaultRagRules, type RagRules } from "./rag-rules";
import type { RatingCheck } from "./rating-check";
import { type Schedule, scheduleAt } from "./schedule";

/**
 * What a rating is derived from: the reported status (and the return's own RAG, where it gives
 * one), the timescale's window, a revised window where a revised timescale is reported, the events
 * the timescale records, the reporting date, and the percentage complete where reported.
 *
 * @example
 * ```ts
 * const input: RagInput = { reported: "on-track", window: { due: "2010-01-31", open: false }, at: "2010-09-30" };
 * ```
 */
export type RagInput = {
  reported: CanonicalStatus;
  reportedRag?: Rag;
  window: TimescaleWindow;
  /** The window of a revised timescale: it moves the schedule, and the reason says so. */
  revised?: TimescaleWindow;
  /** Dates the timescale records as events ("Monies provided January 2010"): never deadlines. */
  events?: readonly DateSpan[];
  at: CalendarDate;
  percentComplete?: number;
};

/**
 * A rating kept apart from what was reported: `status` is the status as reported (the dates never
 * change it), `reportedRag` the return's own RAG, `statusRag` the rating the reported status carries,
 * `derivedRag` the rating once the dates may change it, `rag` the rating shown (by the rule option
 * `dateEvidence`), `schedule` and `due` what the dates say, `checks` the disagreements for a person to
 * confirm, and `because` a sentence for a board member. `rule` is an id for tools.
 *
 * @example
 * ```ts
 * const result: RagResult = {
 *   rag: "green", status: "on-track", statusRag: "green", derivedRag: "amber", schedule: "past-due", due: "2010-01-31",
 *   rule: "as-reported",
 *   because: "Reported on track, but the planned date, 31 January 2010, has passed: please confirm the date or report a revised one.",
 *   checks: [{ code: "date-passed", because: "Reported on track, but the planned date, 31 January 2010, has passed: please confirm the date or report a revised one." }],
 * };
 * ```
 */
export type RagResult = {
  rag: Rag;
  status: CanonicalStatus;
  reportedRag?: Rag;
  statusRag: Rag;
  derivedRag: Rag;
  schedule: Schedule;
  due?: CalendarDate;
  rule: string;
  because: string;
  checks: RatingCheck[];
};

type Rating = { rag: Rag; rule: string; clause: string };

/** Statuses that claim something the dates can contradict once the planned date has passed. */
const datedClaims: ReadonlySet<CanonicalStatus> = new Set<CanonicalStatus>([
  "on-track",
  "not-due",
  "rescheduled",
  "ongoing",
  "at-risk",
  "part-complete",
  "on-hold",
]);
const inProgress: ReadonlySet<CanonicalStatus> = new Set<CanonicalStatus>([
  "on-track",
  "not-due",
  "rescheduled",
  "ongoing",
]);

function notStarted(input: RagInput, window: TimescaleWindow, schedule: Schedule, rules: RagRules): Rating {
  const due = window.due === undefined ? "" : longDate(window.due);
  if (schedule === "past-due")
    return { rag: "red", rule: "late", clause: `; the planned date, ${due}, has passed` };
  if (schedule === "due-soon")
    return {
      rag: "amber",
      rule: "due-soon-not-started",
      clause: `; it is due by ${due}, within ${rules.dueSoonDays} days`,
    };
  if (window.start !== undefined && window.start < input.at)
    return { rag: "amber", rule: "late-start", clause: `; it was to start on ${longDate(window.start)}` };
  return { rag: "green", rule: "not-started", clause: "" };
}

function pace(input: RagInput, window: TimescaleWindow): number | undefined {
  const { start, due } = window;
  if (input.percentComplete === undefined || start === undefined || due === undefined) return undefined;
  const span = daysBetween(start, due);
  const elapsed = Math.min(Math.max(daysBetween(start, input.at), 0), span);
  return elapsed <= 0 || span <= 0 ? undefined : (input.percentComplete / ((elapsed / span) * 100)) * 100;
}

function byPace(input: RagInput, window: TimescaleWindow, rules: RagRules): Rating | undefined {
  const value = pace(input, window);
  if (rules.method !== "pacing" || value === undefined || !inProgress.has(input.reported)) return undefined;
  const green = rules.green ?? 90;
  const red = rules.red ?? 70;
  const rag: Rag = value >= green ? "green" : value <= red ? "red" : "amber";
  const gone = Math.round((input.percentComplete ?? 0) / (value / 100));
  const clause = `: ${input.percentComplete}% complete with ${gone}% of the time gone, a pace of ${Math.round(value)}% (green at ${green}% or more, red at ${red}% or less)`;
  return { rag, rule: "pacing", clause };
}

/** The rating the reported status carries; the dates count only where the status makes no claim about them. */
function statusRating(input: RagInput, window: TimescaleWindow, schedule: Schedule, rules: RagRules): Rating {
  switch (input.reported) {
    case "complete":
      return { rag: "green", rule: "complete", clause: "" };
    case "no-longer-required":
      return { rag: "not-rated", rule: "no-longer-required", clause: ", so it is not rated" };
    case "unknown":
      return { rag: "not-rated", rule: "not-stated", clause: "" };
    case "not-started":
      return notStarted(input, window, schedule, rules);
    case "overdue":
      return { rag: rules.lateInProgress, rule: "overdue", clause: "" };
    case "off-track":
    case "not-achieved":
      return { rag: "red", rule: "as-reported", clause: "" };
    case "part-complete":
    case "at-risk":
    case "on-hold":
      return { rag: "amber", rule: "as-reported", clause: "" };
    case "on-track":
    case "not-due":
    case "rescheduled":
    case "ongoing":
      return byPace(input, window, rules) ?? { rag: "green", rule: "as-reported", clause: "" };
    default: {
      const never: never = input.reported;
      return never;
    }
  }
}

/** The window the dates are judged by: the revised one where it gives a date. */
function judgedWindow(input: RagInput): { window: TimescaleWindow; revised: boolean } {
  const revised = input.revised;
  const dated = revised !== undefined && (revised.due !== undefined || revised.start !== undefined);
  return dated ? { window: revised, revised: true } : { window: input.window, revised: false };
}

function dateClause(input: RagInput, window: TimescaleWindow, revised: boolean, schedule: Schedule): string {
  if (schedule === "event") {
    const events = (input.events ?? []).map(spanText).join(", ");
    return `; the timescale records an event (${events}), not a deadline`;
  }
  if (window.due === undefined || schedule === "past-due") return "";
  const original = input.window.due === undefined ? "" : ` (originally ${longDate(input.window.due)})`;
  return revised
    ? `; the timescale was revised to ${longDate(window.due)}${original}`
    : `; the planned date is ${longDate(window.due)}`;
}

function passedCheck(input: RagInput, window: TimescaleWindow, revised: boolean): RatingCheck {
  const which = revised ? "revised date" : "planned date";
  const because = `${reportedWords(input.reported, input.reportedRag)}, but the ${which}, ${longDate(window.due ?? "")}, has passed: please confirm the date or report a revised one.`;
  return { code: revised ? "revised-date-passed" : "date-passed", because };
}

function ragCheck(input: RagInput, statusRag: Rag): RatingCheck[] {
  const reported = input.reportedRag;
  if (reported === undefined || reported === statusRag || statusRag === "not-rated") return [];
  const because = `The return rates it ${ragWords(reported)}, but reports it ${statusWords(input.reported)}, which is rated ${ragWords(statusRag)}: please confirm the rating.`;
  return [{ code: "reported-rag-differs", because }];
}

function unstated(schedule: Schedule, window: TimescaleWindow): string {
  const passed =
    schedule === "past-due" ? ` The planned date, ${longDate(window.due ?? "")}, has passed.` : "";
  return `The progress reported does not say how the work stands, so it is not rated.${passed}`;
}

type Judged = {
  rating: Rating;
  window: TimescaleWindow;
  revised: boolean;
  schedule: Schedule;
  late: boolean;
  rated: boolean;
  rag: Rag;
  checks: RatingCheck[];
};

/** The sentence for a board member: what was reported, and what the dates add. */
function reason(input: RagInput, judged: Judged): string {
  const { window, schedule } = judged;
  if (input.reported === "unknown" && input.reportedRag === undefined) return unstated(schedule, window);
  const lead = reportedWords(input.reported, input.reportedRag);
  if (!judged.late) {
    const dates = judged.rating.clause === "" ? dateClause(input, window, judged.revised, schedule) : "";
    return `${lead}${judged.rating.clause}${dates}.`;
  }
  if (!judged.rated) return judged.checks[0]?.because ?? `${lead}.`;
  const which = judged.revised ? "revised" : "planned";
  return `${lead}, but the ${which} date, ${longDate(window.due ?? "")}, has passed, so it is rated ${ragWords(judged.rag)}.`;
}

/**
 * Rates an action at a reporting date, keeping what was reported apart from what the dates say.
 * The reported status is never changed. By default (`dateEvidence: "flag"`) the rating is the one
 * the return gives or its status carries, and a passed date becomes a check for a person to confirm;
 * with `dateEvidence: "rate"` the dates may change the rating, and the reason says so. Not started
 * and past due is red either way; reported complete is green whatever the dates; a status not
 * stated is not rated; a timescale that records an event ("Monies provided January 2010") is not a
 * deadline; a revised timescale moves the schedule and is named in the reason.
 *
 * @param input - Reported status and RAG, windows, events, reporting date, percentage complete.
 * @param rules - Rating rules; {@link defaultRagRules} by default.
 * @returns The rating, the status as reported, the ratings behind it, the schedule, checks and reason.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * deriveRag({ reported: "on-track", window: { start: "2010-01-01", due: "2010-01-31", open: false }, at: "2010-09-30" }).because;
 * // "Reported on track, but the planned date, 31 January 2010, has passed: please confirm the date or report a revised one."
 * deriveRag({ reported: "not-started", window: { due: "2008-07-31", open: false }, at: "2008-09-30" }).rag; // "red"
 * ```
 */
export function deriveRag(input: RagInput, rules: RagRules = defaultRagRules): RagResult {
  return guarded(
    "deriveRag",
    () => [
      ["input", (value) => has(value, "window", isObject) && has(value, "at", isText), input],
      ["rules", isObject, rules],
    ],
    () => deriveRagOf(input, rules),
  );
}

function deriveRagOf(input: RagInput, rules: RagRules = defaultRagRules): RagResult {
  const { window, revised } = judgedWindow(input);
  const schedule = scheduleAt(window, input.at, rules.dueSoonDays, (input.events?.length ?? 0) > 0);
  const rating = statusRating(input, window, schedule, rules);
  const late = schedule === "past-due" && datedClaims.has(input.reported);
  const derivedRag = late ? (inProgress.has(input.reported) ? rules.lateInProgress : "red") : rating.rag;
  const rated = rules.dateEvidence === "rate" && derivedRag !== rating.rag;
  const rag = rated ? derivedRag : (input.reportedRag ?? rating.rag);
  const checks = [...(late ? [passedCheck(input, window, revised)] : []), ...ragCheck(input, rating.rag)];
  const because = reason(input, { rating, window, revised, schedule, late, rated, rag, checks });
  return {
    rag,
    status: input.reported,
    ...(input.reportedRag === undefined ? {} : { reportedRag: input.reportedRag }),
    statusRag: rating.rag,
    derivedRag,
    schedule,
    ...(window.due === undefined ? {} : { due: window.due }),
    rule: rated ? "dates-passed" : input.reportedRag !== undefined ? "reported-rag" : rating.rule,
    because,
    checks,
  };
}
