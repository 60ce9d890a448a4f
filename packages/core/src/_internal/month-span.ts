import { isoDate, lastDayOfMonth } from "./calendar";

/** English month names and their usual short forms, by month number 1-12. */
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** The month number (1-12) a name or its first three letters ("Sept" too) means, if any. */
export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((month) => lower.length >= 3 && month.startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

/** The month's name, capitalised: 3 → "March". */
export function monthName(month: number): string {
  const name = MONTHS[month - 1] ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The first day of a month as yyyy-MM-dd. */
export function monthStart(year: number, month: number): string {
  return isoDate(year, month, 1);
}

/** The last day of a month as yyyy-MM-dd. */
export function monthEnd(year: number, month: number): string {
  return lastDayOfMonth(year, month);
}
