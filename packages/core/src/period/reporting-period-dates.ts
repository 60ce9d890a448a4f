import { guarded } from "../_internal/guard";
import type { CalendarDate } from "./calendar-date";
import { quarterDates } from "./financial-quarter";
import { financialYearDates } from "./financial-year-dates";
import { ReportingPeriod } from "./reporting-period";

/**
 * The first and last day of a reporting period.
 *
 * @param period - A quarter, financial year or plan year.
 * @returns `{ start, end }` as calendar dates.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * reportingPeriodDates({ kind: "quarter", year: "2008-09", quarter: 2 }); // { start: "2008-07-01", end: "2008-09-30" }
 * ```
 */
export function reportingPeriodDates(period: ReportingPeriod): { start: CalendarDate; end: CalendarDate } {
  return guarded(
    "reportingPeriodDates",
    () => [["period", ReportingPeriod, period]],
    () => reportingPeriodDatesOf(period),
  );
}

function reportingPeriodDatesOf(period: ReportingPeriod): { start: CalendarDate; end: CalendarDate } {
  switch (period.kind) {
    case "quarter":
      return quarterDates(period.year, period.quarter);
    case "financial-year":
    case "plan-year":
      return financialYearDates(period.year);
    default: {
      const never: never = period;
      return never;
    }
  }
}
