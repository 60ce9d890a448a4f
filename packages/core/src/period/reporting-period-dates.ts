import { guarded } from "../_internal/guard";
import type { CalendarDate } from "./calendar-date";
import { quarterDates } from "./financial-quarter";
import { financialYearDates } from "./financial-year-dates";
import { halfYearDates } from "./half-year";
import { ReportingPeriod } from "./reporting-period";

/**
 * The first and last day of a reporting period.
 *
 * @param period - A quarter, half-year, financial year, plan year, calendar year, update or date range.
 * @returns `{ start, end }` as calendar dates.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * reportingPeriodDates({ kind: "quarter", year: "2008-09", quarter: 2 }); // { start: "2008-07-01", end: "2008-09-30" }
 * reportingPeriodDates({ kind: "half-year", year: "2023-24", half: 1 }); // { start: "2023-04-01", end: "2023-09-30" }
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
    case "half-year":
      return halfYearDates(period.year, period.half);
    case "financial-year":
    case "plan-year":
      return financialYearDates(period.year);
    case "calendar-year":
      return { start: `${period.year}-01-01`, end: `${period.year}-12-31` };
    case "update":
    case "date-range":
      return { start: period.start, end: period.end };
    default: {
      const never: never = period;
      return never;
    }
  }
}
