import { daysBetween } from "../_internal/calendar";
import { guarded, has, isObject, isText } from "../_internal/guard";
import { longDate } from "../_internal/long-date";
import type { CalendarDate } from "../period/calendar-date";
import type { TimescaleWindow } from "../timescale/timescale-window";
import type { CanonicalStatus } from "./canonical-status";
import { canonicalStatusLabels } from "./labels";
import type { Rag } from "./rag";
import { defaultRagRules, type RagRules } from "./rag-rules";
import { type Schedule, scheduleAt } from "./schedule";

/**
 * What a rating is derived from: the reported status, the timescale's window, the reporting date,
 * and the percentage complete where reported.
 *
 * @example
 * ```ts
 * const input: RagInput = { reported: "not-started", window: { due: "2008-07-31", open: false }, at: "2008-09-30" };
 * ```
 */
export type RagInput = {
  reported: CanonicalStatus;
  window: TimescaleWindow;
  at: CalendarDate;
  percentComplete?: number;
};

/**
 * A rating with its reasons: the effective status (`overdue` once the due date has passed), what
 * the dates say, the id of the rule that decided, and a sentence saying why.
 *
 * @example
 * ```ts
 * const result: RagResult = { rag: "red", status: "overdue", schedule: "past-due", rule: "late", because: "Reported not started; due 31 July 2008, which has passed." };
 * ```
 */
export type RagResult = {
  rag: Rag;
  status: CanonicalStatus;
  schedule: Schedule;
  rule: string;
  because: string;
};

/** A status as it reads inside a sentence: its label in lower case, and unknown wording said so. */
const statusWords = (status: CanonicalStatus) =>
  status === "unknown" ? "in wording no rule recognises" : canonicalStatusLabels[status].toLowerCase();

function pace(input: RagInput): number | undefined {
  const { start, due } = input.window;
  if (input.percentComplete === undefined || start === undefined || due === undefined) return undefined;
  const span = daysBetween(start, due);
  const elapsed = Math.min(Math.max(daysBetween(start, input.at), 0), span);
  return elapsed <= 0 || span <= 0 ? undefined : (input.percentComplete / ((elapsed / span) * 100)) * 100;
}

function result(
  rag: Rag,
  status: CanonicalStatus,
  schedule: Schedule,
  rule: string,
  because: string,
): RagResult {
  return { rag, status, schedule, rule, because };
}

function byPace(input: RagInput, rules: RagRules, schedule: Schedule): RagResult | undefined {
  const value = pace(input);
  if (rules.method !== "pacing" || value === undefined) return undefined;
  const green = rules.green ?? 90;
  const red = rules.red ?? 70;
  const rag: Rag = value >= green ? "green" : value <= red ? "red" : "amber";
  const because = `${input.percentComplete}% complete with ${Math.round((input.percentComplete ?? 0) / (value / 100))}% of the time gone: pace ${Math.round(value)}% (green at ${green}% or more, red at ${red}% or less).`;
  return result(rag, input.reported, schedule, "pacing", because);
}

/**
 * Rates an action at a reporting date from its reported status and its dates, under configurable
 * rules (date-based by default; pacing when asked and a percentage is reported). Due July 2008
 * and not started at the end of Q2 2008-09 is red and overdue; reported complete is green whatever
 * the dates; unknown wording is not rated.
 *
 * @param input - Reported status, timescale window, reporting date, percentage complete.
 * @param rules - Rating rules; {@link defaultRagRules} by default.
 * @returns The rating, effective status, schedule, rule and reason.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * deriveRag({ reported: "not-started", window: { due: "2008-07-31", open: false }, at: "2008-09-30" });
 * // { rag: "red", status: "overdue", schedule: "past-due", rule: "late", because: "Reported not started; due 31 July 2008, which has passed." }
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
  const schedule = scheduleAt(input.window, input.at, rules.dueSoonDays);
  const reported = `Reported ${statusWords(input.reported)}`;
  const due = input.window.due === undefined ? "" : longDate(input.window.due);
  switch (input.reported) {
    case "complete":
      return result("green", "complete", schedule, "complete", `${reported}.`);
    case "no-longer-required":
      return result(
        "not-rated",
        "no-longer-required",
        schedule,
        "no-longer-required",
        `${reported}: not rated.`,
      );
    case "overdue":
      return result("red", "overdue", schedule, "reported-overdue", `${reported}.`);
    case "unknown":
      return result(
        "not-rated",
        "unknown",
        schedule,
        "unknown-status",
        `${reported}: not rated${schedule === "past-due" ? `, though its due date, ${due}, has passed` : ""}.`,
      );
    default:
      break;
  }
  if (schedule === "past-due") {
    const inProgress = input.reported === "on-track" || input.reported === "ongoing";
    const rag = inProgress ? rules.lateInProgress : "red";
    return result(
      rag,
      "overdue",
      schedule,
      inProgress ? "late-in-progress" : "late",
      `${reported}; due ${due}, which has passed.`,
    );
  }
  const paced = byPace(input, rules, schedule);
  if (paced !== undefined) return paced;
  if (input.reported === "at-risk") return result("amber", "at-risk", schedule, "at-risk", `${reported}.`);
  if (input.reported === "not-started" && schedule === "due-soon") {
    return result(
      "amber",
      "not-started",
      schedule,
      "due-soon-not-started",
      `${reported}; due ${due}, within ${rules.dueSoonDays} days.`,
    );
  }
  if (input.reported === "not-started" && input.window.start !== undefined && input.window.start < input.at) {
    return result(
      "amber",
      "not-started",
      schedule,
      "late-start",
      `${reported}; it was to start ${longDate(input.window.start)}.`,
    );
  }
  return result(
    "green",
    input.reported,
    schedule,
    "on-schedule",
    `${reported}${due === "" ? "" : `; due ${due}`}.`,
  );
}
