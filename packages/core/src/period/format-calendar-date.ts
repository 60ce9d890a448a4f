import { requireCalendarDate } from "../_internal/date-checks";
import { longDate } from "../_internal/long-date";
import type { CalendarDate } from "./calendar-date";

/**
 * A calendar date written as the documents write dates: day, month name, year.
 *
 * @param date - A calendar date, `yyyy-MM-dd`.
 * @returns E.g. "31 July 2008".
 * @throws CjaKitError `usage/invalid-argument` when the date is not a calendar date.
 * @example
 * ```ts
 * formatCalendarDate("2008-07-31"); // "31 July 2008"
 * ```
 */
export function formatCalendarDate(date: CalendarDate): string {
  requireCalendarDate("formatCalendarDate", date);
  return longDate(date);
}
