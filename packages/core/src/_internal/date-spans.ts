import { quarterDates } from "../period/financial-quarter";
import { financialYear } from "../period/financial-year";
import { financialYearDates } from "../period/financial-year-dates";
import type { DateSpan } from "../timescale/timescale";
import { isoDate, isRealDay, lastDayOfMonth } from "./calendar";

/**
 * A year as written: four digits as they are; two digits in this century (`07` is 2007) up to
 * `49`. From `50` the century is anyone's guess (`69`: 1969 or 2069?), so `undefined`.
 */
export function fullYear(text: string): number | undefined {
  const digits = text.startsWith("'") || text.startsWith("’") ? text.slice(1) : text;
  const year = Number(digits);
  if (digits.length === 4) return year;
  return digits.length === 2 && year < 50 ? 2000 + year : undefined;
}

export function daySpan(year: number, month: number, day: number): DateSpan | undefined {
  if (!isRealDay(year, month, day)) return undefined;
  const date = isoDate(year, month, day);
  return { start: date, end: date, precision: "day" };
}

export function monthSpan(year: number, month: number): DateSpan {
  return { start: isoDate(year, month, 1), end: lastDayOfMonth(year, month), precision: "month" };
}

export function yearSpan(year: number): DateSpan {
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31), precision: "year" };
}

/** Financial years' first and last days by start year: at most two hundred, and a cell of a million years makes no garbage for each. */
const financialYearDays = /* @__PURE__ */ new Map<number, { start: string; end: string }>();

export function financialYearSpan(startYear: number): DateSpan {
  let days = financialYearDays.get(startYear);
  if (days === undefined) {
    days = financialYearDates(financialYear(startYear));
    financialYearDays.set(startYear, days);
  }
  return { start: days.start, end: days.end, precision: "financial-year" };
}

/** Quarter 1-4 of the financial year starting in April of `startYear`. */
export function quarterSpan(startYear: number, quarter: 1 | 2 | 3 | 4): DateSpan {
  return { ...quarterDates(financialYear(startYear), quarter), precision: "quarter" };
}

/** Half 1 (April-September) or 2 (October-March) of the financial year starting in April of `startYear`. */
export function halfYearSpan(startYear: number, half: 1 | 2): DateSpan {
  const start = half === 1 ? isoDate(startYear, 4, 1) : isoDate(startYear, 10, 1);
  const end = half === 1 ? isoDate(startYear, 9, 30) : isoDate(startYear + 1, 3, 31);
  return { start, end, precision: "half-year" };
}

const SEASON_FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** A season of the northern year: winter 2010 is December 2010 to February 2011. */
export function seasonSpan(season: string, year: number): DateSpan {
  const first = SEASON_FIRST_MONTH[season.toLowerCase()] ?? 3;
  const lastMonth = first + 2;
  const end = lastMonth > 12 ? lastDayOfMonth(year + 1, lastMonth - 12) : lastDayOfMonth(year, lastMonth);
  return { start: isoDate(year, first, 1), end, precision: "season" };
}
