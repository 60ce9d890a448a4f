import { requireCalendarDate } from "../_internal/date-checks";
import type { CalendarDate } from "./calendar-date";
import { type FinancialYear, financialYear } from "./financial-year";

/**
 * The financial year a date falls in.
 *
 * @param date - A calendar date.
 * @returns The financial year: dates from January to March belong to the year that began the April before.
 * @throws CjaKitError `usage/invalid-argument` when the date is not a calendar date.
 * @example
 * ```ts
 * financialYearOf("2011-03-31"); // "2010-11"
 * financialYearOf("2011-04-01"); // "2011-12"
 * ```
 */
export function financialYearOf(date: CalendarDate): FinancialYear {
  requireCalendarDate("financialYearOf", date);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return financialYear(month >= 4 ? year : year - 1);
}
