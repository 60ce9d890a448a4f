import { daysBetween } from "../_internal/calendar";
import { guarded, isFiniteNumber, isObject, isText } from "../_internal/guard";
import type { CalendarDate } from "../period/calendar-date";
import type { TimescaleWindow } from "../timescale/timescale-window";

/**
 * What the dates alone say at a reporting date, apart from what was reported: no date to judge
 * by, not yet due, due soon, past due, or open-ended (ongoing or recurring, once started).
 *
 * @example
 * ```ts
 * const schedule: Schedule = "past-due";
 * ```
 */
export type Schedule = "no-date" | "not-yet-due" | "due-soon" | "past-due" | "open";

/**
 * Where a timescale stands at a date.
 *
 * @param window - The timescale's window ({@link timescaleWindow}).
 * @param at - The reporting date.
 * @param dueSoonDays - How many days before the due date count as "due soon".
 * @returns The schedule.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * scheduleAt({ due: "2008-07-31", open: false }, "2008-09-30", 7); // "past-due"
 * ```
 */
export function scheduleAt(window: TimescaleWindow, at: CalendarDate, dueSoonDays: number): Schedule {
  return guarded(
    "scheduleAt",
    () => [
      ["window", isObject, window],
      ["at", isText, at],
      ["dueSoonDays", isFiniteNumber, dueSoonDays],
    ],
    () => scheduleAtOf(window, at, dueSoonDays),
  );
}

function scheduleAtOf(window: TimescaleWindow, at: CalendarDate, dueSoonDays: number): Schedule {
  if (window.due !== undefined && !window.open) {
    const days = daysBetween(at, window.due);
    if (days < 0) return "past-due";
    return days <= dueSoonDays ? "due-soon" : "not-yet-due";
  }
  if (window.open) return window.start !== undefined && window.start > at ? "not-yet-due" : "open";
  if (window.start !== undefined) return window.start > at ? "not-yet-due" : "open";
  return "no-date";
}
