import type { CalendarDate } from "./calendar-date";
import { type FinancialYear, financialYearStartYear } from "./financial-year";

/**
 * The first and last day of a half of a financial year: the first half is April-September, the
 * second October-March.
 *
 * @param year - The financial year, e.g. `2023-24`.
 * @param half - 1 or 2.
 * @returns `{ start, end }` as calendar dates.
 * @example
 * ```ts
 * halfYearDates("2023-24", 2); // { start: "2023-10-01", end: "2024-03-31" }
 * ```
 */
export function halfYearDates(year: FinancialYear, half: 1 | 2): { start: CalendarDate; end: CalendarDate } {
  const start = financialYearStartYear(year);
  return half === 1
    ? { start: `${start}-04-01`, end: `${start}-09-30` }
    : { start: `${start}-10-01`, end: `${start + 1}-03-31` };
}
