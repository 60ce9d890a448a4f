import { monthName } from "./month-names";

/** A calendar date as the documents write it: 31 July 2008 (read from the digits, not through a Date). */
export function longDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${day} ${monthName(month ?? 0)} ${year}`;
}
