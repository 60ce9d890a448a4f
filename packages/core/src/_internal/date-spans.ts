import { lastDayOfMonth } from "date-fns";
import { financialYear } from "../period/financial-year";
import { financialYearDates } from "../period/financial-year-dates";
import type { DateSpan } from "../timescale/timescale";
import { fromDate, isRealDay } from "./calendar";

const pad = (n: number) => String(n).padStart(2, "0");

/** A two-digit year as written in the 2000s documents: 07 is 2007, 99 is 1999. */
export function fullYear(text: string): number {
  const digits = text.replace(/^'/, "");
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

export function daySpan(year: number, month: number, day: number): DateSpan | undefined {
  if (!isRealDay(year, month, day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { start: date, end: date, precision: "day" };
}

export function monthSpan(year: number, month: number): DateSpan {
  const end = fromDate(lastDayOfMonth(new Date(year, month - 1, 1)));
  return { start: `${year}-${pad(month)}-01`, end, precision: "month" };
}

export function yearSpan(year: number): DateSpan {
  return { start: `${year}-01-01`, end: `${year}-12-31`, precision: "year" };
}

export function financialYearSpan(startYear: number): DateSpan {
  return { ...financialYearDates(financialYear(startYear)), precision: "financial-year" };
}

const SEASON_FIRST_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

export function seasonSpan(season: string, year: number): DateSpan {
  const first = SEASON_FIRST_MONTH[season.toLowerCase()] ?? 3;
  const start = monthSpan(year, first).start;
  const lastMonth = first + 2;
  const end = monthSpan(lastMonth > 12 ? year + 1 : year, ((lastMonth - 1) % 12) + 1).end;
  return { start, end, precision: "season" };
}
