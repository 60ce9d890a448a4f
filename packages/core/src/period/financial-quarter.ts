import { dateParts, isoDate, lastDayOfMonth } from "../_internal/calendar";
import { requireCalendarDate, requireFinancialYear } from "../_internal/date-checks";
import { usageError } from "../_internal/guard";
import type { CalendarDate } from "./calendar-date";
import { type FinancialYear, financialYearStartYear } from "./financial-year";
import { financialYearOf } from "./financial-year-of";

/**
 * A quarter of a financial year: 1 is April-June, 2 July-September, 3 October-December, 4 January-March.
 *
 * @example
 * ```ts
 * const q2: QuarterNumber = 2;
 * ```
 */
export type QuarterNumber = 1 | 2 | 3 | 4;

/**
 * The first and last day of a quarter of a financial year.
 *
 * @param year - The financial year, e.g. `2010-11`.
 * @param quarter - 1 (April-June) to 4 (January-March).
 * @returns `{ start, end }` as calendar dates.
 * @throws CjaKitError `usage/invalid-argument` when the year is not a financial year or the quarter not 1-4.
 * @example
 * ```ts
 * quarterDates("2010-11", 2); // { start: "2010-07-01", end: "2010-09-30" } (seed 001: "Quarter 2 ... July - September 2010")
 * ```
 */
export function quarterDates(
  year: FinancialYear,
  quarter: QuarterNumber,
): { start: CalendarDate; end: CalendarDate } {
  requireFinancialYear("quarterDates", year);
  if (![1, 2, 3, 4].includes(quarter)) throw usageError("quarterDates", "a quarter, 1 to 4", quarter);
  const firstMonth = ((3 + (quarter - 1) * 3) % 12) + 1;
  const calendarYear = financialYearStartYear(year) + (quarter === 4 ? 1 : 0);
  return { start: isoDate(calendarYear, firstMonth, 1), end: lastDayOfMonth(calendarYear, firstMonth + 2) };
}

/**
 * The financial year and quarter a date falls in.
 *
 * @param date - A calendar date.
 * @returns The financial year and quarter number.
 * @throws CjaKitError `usage/invalid-argument` when the date is not a calendar date.
 * @example
 * ```ts
 * quarterOf("2008-09-30"); // { year: "2008-09", quarter: 2 }
 * ```
 */
export function quarterOf(date: CalendarDate): { year: FinancialYear; quarter: QuarterNumber } {
  requireCalendarDate("quarterOf", date);
  const month = dateParts(date).month - 1;
  const quarter = (Math.floor(((month + 12 - 3) % 12) / 3) + 1) as QuarterNumber;
  return { year: financialYearOf(date), quarter };
}
