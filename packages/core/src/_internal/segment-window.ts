import type { CalendarDate } from "../period/calendar-date";
import type { FinancialYear } from "../period/financial-year";
import { financialYearDates } from "../period/financial-year-dates";
import { planYear } from "../period/plan-period";
import type { Interval, When } from "../timescale/timescale";
import { addDays, addMonths } from "./calendar";

/** The dates one part of a timescale commits to; see `timescaleWindow`. */
export type SegmentWindow = { start?: CalendarDate; due?: CalendarDate; open?: boolean; recurs?: Interval };

function addInterval(date: CalendarDate, amount: number, unit: "week" | "month" | "year"): CalendarDate {
  const moved =
    unit === "week" ? addDays(date, amount * 7) : addMonths(date, unit === "month" ? amount : amount * 12);
  return addDays(moved, -1);
}

function planYears(yearOne: FinancialYear | undefined, from: number, to: number): SegmentWindow {
  if (yearOne === undefined) return {};
  return {
    start: financialYearDates(planYear(yearOne, from)).start,
    due: financialYearDates(planYear(yearOne, to)).end,
  };
}

/** The window of one segment of a timescale: what `timescaleWindow` merges across segments. */
export function segmentWindow(when: When, yearOne: FinancialYear | undefined): SegmentWindow {
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
    case "event": // a date something happened on commits the work to nothing
    case "to-be-arranged":
    case "unparsed":
      return {};
    default: {
      const never: never = when;
      return never;
    }
  }
}
