import * as z from "zod";
import { guarded, isFiniteNumber } from "../_internal/guard";
import type { CalendarDate } from "./calendar-date";
import { FinancialYear, financialYear, financialYearStartYear } from "./financial-year";
import { financialYearDates } from "./financial-year-dates";

/**
 * The financial years a plan covers, first and last inclusive: an area plan `2008-11` runs
 * from 2008-09 to 2010-11; an annual action plan has one year.
 *
 * @example
 * ```ts
 * const areaPlan: PlanPeriod = { from: "2008-09", to: "2010-11" };
 * ```
 */
export const PlanPeriod = /* @__PURE__ */ z
  .object({
    from: FinancialYear.describe("First financial year."),
    to: FinancialYear.describe("Last financial year, inclusive."),
  })
  .refine((period) => period.from <= period.to, {
    message: "A plan period ends in or after the year it starts.",
    path: ["to"],
  })
  .describe("The financial years a plan covers.");
/** The financial years a plan covers. */
export type PlanPeriod = z.output<typeof PlanPeriod>;

/**
 * The first and last day of a plan period.
 *
 * @param period - The plan period.
 * @returns `{ start, end }`: 1 April of the first year to 31 March after the last.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * planPeriodDates({ from: "2008-09", to: "2010-11" }); // { start: "2008-04-01", end: "2011-03-31" }
 * ```
 */
export function planPeriodDates(period: PlanPeriod): { start: CalendarDate; end: CalendarDate } {
  return guarded(
    "planPeriodDates",
    () => [["period", PlanPeriod, period]],
    () => planPeriodDatesOf(period),
  );
}

function planPeriodDatesOf(period: PlanPeriod): { start: CalendarDate; end: CalendarDate } {
  return { start: financialYearDates(period.from).start, end: financialYearDates(period.to).end };
}

/**
 * The financial year of a plan's year *n* ("Year 1" is the plan's first year).
 *
 * @param yearOne - The plan's first financial year.
 * @param n - The plan year, from 1.
 * @returns The financial year.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * planYear("2008-09", 3); // "2010-11"
 * ```
 */
export function planYear(yearOne: FinancialYear, n: number): FinancialYear {
  return guarded(
    "planYear",
    () => [
      ["yearOne", FinancialYear, yearOne],
      ["n", isFiniteNumber, n],
    ],
    () => planYearOf(yearOne, n),
  );
}

function planYearOf(yearOne: FinancialYear, n: number): FinancialYear {
  return financialYear(financialYearStartYear(yearOne) + n - 1);
}
