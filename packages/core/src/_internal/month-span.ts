import { isoDate, lastDayOfMonth } from "./calendar";

/** The first day of a month as yyyy-MM-dd. */
export function monthStart(year: number, month: number): string {
  return isoDate(year, month, 1);
}

/** The last day of a month as yyyy-MM-dd. */
export function monthEnd(year: number, month: number): string {
  return lastDayOfMonth(year, month);
}
