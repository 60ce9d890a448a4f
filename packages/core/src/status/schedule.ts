import { daysBetween } from "../_internal/calendar";
import { guarded, isFiniteNumber, isObject, isText } from "../_internal/guard";
import type { CalendarDate } from "../period/calendar-date";
import type { TimescaleWindow } from "../timescale/timescale-window";

/**
 * What the dates alone say at a reporting date, apart from what was reported: no date to judge
 * by, not yet due, due soon, past due, open-ended (ongoing or recurring, once started), or `event`:
 * the timescale only records something that happened ("Monies provided January 2010"), which is not
 * a deadline, so nothing can be late by it.
 *
 * @example
 * ```ts
 * const schedule: Schedule = "past-due";
 * ```
 */
export type Schedule = "no-date" | "not-yet-due" | "due-soon" | "past-due" | "open" | "event";

/**
 * Where a timescale stands at a date. Dates are compared as calendar days, the same in every time
 * zone.
 *
 * @param window - The timescale's window ({@link timescaleWindow}).
 * @param at - The reporting date.
 * @param dueSoonDays - How many days before the due date count as "due soon".
 * @param recordsEvent - The timescale records an event (a `When` of kind `event`); it only matters
 *   when the window holds no date of its own.
 * @returns The schedule.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * scheduleAt({ due: "2008-07-31", open: false }, "2008-09-30", 7); // "past-due"
 * scheduleAt({ open: false }, "2010-09-30", 7, true); // "event"
 * ```
 */
export function scheduleAt(
  window: TimescaleWindow,
  at: CalendarDate,
  dueSoonDays: number,
  recordsEvent = false,
): Schedule {
  return guarded(
    "scheduleAt",
    () => [
      ["window", isObject, window],
      ["at", isText, at],
      ["dueSoonDays", isFiniteNumber, dueSoonDays],
    ],
    () => scheduleAtOf(window, at, dueSoonDays, recordsEvent),
  );
}

function scheduleAtOf(
  window: TimescaleWindow,
  at: CalendarDate,
  dueSoonDays: number,
  recordsEvent = false,
): Schedule {
  if (window.due !== undefined && !window.open) {
    const days = daysBetween(at, window.due);
    if (days < 0) return "past-due";
    return days <= dueSoonDays ? "due-soon" : "not-yet-due";
  }
  if (window.start !== undefined && window.start > at) return "not-yet-due";
  if (window.open || window.start !== undefined) return "open";
  return recordsEvent ? "event" : "no-date";
}
