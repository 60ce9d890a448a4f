import { dateParts } from "./calendar";

// A table, not date-fns `format` (20 kB in a browser bundle for one pattern) nor Intl (whose
// output depends on the ICU data the runtime ships): the same words everywhere, in any time zone.
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The English name of a month, 1-12. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "";
}

/** A calendar date as the documents write it: 31 July 2008 (read from the digits, not through a Date). */
export function longDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthName(month)} ${year}`;
}
