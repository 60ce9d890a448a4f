import { usageError } from "../_internal/guard";
import type { CalendarDate } from "./calendar-date";
import { type FinancialYear, financialYearStartYear } from "./financial-year";

/**
 * The first and last day of a half of a financial year: the first half is April-September, the
 * second October-March.
 *
 * @param year - The financial year, e.g. `2023-24`.
 * @param half - 1 or 2.
 * @returns `{ start, end }` as calendar dates.
 * @throws CjaKitError `usage/invalid-argument` when the year is not a financial year or the half not 1 or 2.
 * @example
 * ```ts
 * halfYearDates("2023-24", 2); // { start: "2023-10-01", end: "2024-03-31" }
 * ```
 */
export function halfYearDates(year: FinancialYear, half: 1 | 2): { start: CalendarDate; end: CalendarDate } {
  if (half !== 1 && half !== 2) throw usageError("halfYearDates", "the half as 1 or 2", half);
  const start = financialYearStartYear(year);
  return half === 1
    ? { start: `${start}-04-01`, end: `${start}-09-30` }
    : { start: `${start}-10-01`, end: `${start + 1}-03-31` };
}
