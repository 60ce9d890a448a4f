import { requireFinancialYear } from "../_internal/date-checks";
import type { CalendarDate } from "./calendar-date";
import { type FinancialYear, financialYearStartYear } from "./financial-year";

/**
 * The first and last day of a financial year (1 April to 31 March).
 *
 * @param year - A financial year such as `2010-11`.
 * @returns `{ start, end }` as calendar dates.
 * @throws CjaKitError `usage/invalid-argument` when the year is not a financial year.
 * @example
 * ```ts
 * financialYearDates("2010-11"); // { start: "2010-04-01", end: "2011-03-31" }
 * ```
 */
export function financialYearDates(year: FinancialYear): { start: CalendarDate; end: CalendarDate } {
  requireFinancialYear("financialYearDates", year);
  const start = financialYearStartYear(year);
  return { start: `${start}-04-01`, end: `${start + 1}-03-31` };
}
