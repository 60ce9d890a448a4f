import { addDays, addMonths, addWeeks, addYears } from "date-fns";
import { fromDate, toDate } from "../_internal/calendar";
import type { CalendarDate } from "../period/calendar-date";
import type { FinancialYear } from "../period/financial-year";
import { financialYearDates } from "../period/financial-year-dates";
import { planYear } from "../period/plan-period";
import type { Interval, Timescale, When } from "./timescale";

/**
 * Options for {@link timescaleWindow}.
 *
 * @example
 * ```ts
 * const options: TimescaleWindowOptions = { yearOne: "2008-09" };
 * ```
 */
export type TimescaleWindowOptions = {
  /** The financial year a plan calls "Year 1"; plan-relative wording stays unresolved without it. */
  yearOne?: FinancialYear;
};

/**
 * The dates a timescale commits to: when the work starts, when it is due, and whether it is
 * open-ended (ongoing or recurring, so never simply "past due").
 *
 * @example
 * ```ts
 * const window: TimescaleWindow = { start: "2008-07-01", due: "2008-07-31", open: false };
 * ```
 */
export type TimescaleWindow = {
  start?: CalendarDate;
  due?: CalendarDate;
  open: boolean;
  recurs?: Interval;
};

type Part = { start?: CalendarDate; due?: CalendarDate; open?: boolean; recurs?: Interval };

function addInterval(date: CalendarDate, amount: number, unit: "week" | "month" | "year"): CalendarDate {
  const add = unit === "week" ? addWeeks : unit === "month" ? addMonths : addYears;
  return fromDate(addDays(add(toDate(date), amount), -1));
}

function planYears(yearOne: FinancialYear | undefined, from: number, to: number): Part {
  if (yearOne === undefined) return {};
  return {
    start: financialYearDates(planYear(yearOne, from)).start,
    due: financialYearDates(planYear(yearOne, to)).end,
  };
}

function part(when: When, yearOne: FinancialYear | undefined): Part {
  switch (when.kind) {
    case "date":
      return { start: when.span.start, due: when.span.end };
    case "by":
      return { due: when.span.end };
    case "from":
      return { start: when.span.start, open: true };
    case "range":
      return { start: when.from.start, due: when.to.end };
    case "plan-years": {
      const years = planYears(yearOne, when.from, when.to);
      return when.by === true ? { due: years.due } : years;
    }
    case "ongoing": {
      const year = when.sincePlanYear;
      const since =
        when.since?.start ?? (year === undefined ? undefined : planYears(yearOne, year, year).start);
      return since === undefined ? { open: true } : { open: true, start: since };
    }
    case "recurring":
      return {
        open: true,
        recurs: when.interval,
        ...(when.first === undefined ? {} : { start: when.first.start }),
      };
    case "duration": {
      const start = yearOne === undefined ? undefined : financialYearDates(yearOne).start;
      return start === undefined ? {} : { start, due: addInterval(start, when.max, when.unit) };
    }
    case "to-be-arranged":
    case "unparsed":
      return {};
    default: {
      const never: never = when;
      return never;
    }
  }
}

const earliest = (dates: (CalendarDate | undefined)[]) => dates.filter((d) => d !== undefined).sort()[0];
const latest = (dates: (CalendarDate | undefined)[]) =>
  dates
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);

/**
 * The window of dates a timescale commits to, across all its parts: the earliest start, the latest
 * due date, and whether any part is ongoing or recurring. Plan years ("Year 1-3") and durations
 * ("2-3 years", counted from the start of Year 1) resolve only when `yearOne` is given.
 *
 * @param timescale - A parsed timescale.
 * @param options - The plan's Year 1.
 * @returns Start, due date and open-endedness; parts that carry no date add nothing.
 * @example
 * ```ts
 * timescaleWindow(parseTimescale("Year 1-3").value, { yearOne: "2008-09" });
 * // { start: "2008-04-01", due: "2011-03-31", open: false }
 * ```
 */
export function timescaleWindow(timescale: Timescale, options: TimescaleWindowOptions = {}): TimescaleWindow {
  const parts = timescale.segments.map((segment) => part(segment.when, options.yearOne));
  const start = earliest(parts.map((p) => p.start));
  const due = latest(parts.map((p) => p.due));
  const recurs = parts.find((p) => p.recurs !== undefined)?.recurs;
  return {
    ...(start === undefined ? {} : { start }),
    ...(due === undefined ? {} : { due }),
    open: parts.some((p) => p.open === true),
    ...(recurs === undefined ? {} : { recurs }),
  };
}
