import type { DateSpan } from "../timescale/timescale";

const MONTHS = [
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

/** A calendar date as the documents write it (31 July 2008), without a Date: the same in every time zone. */
export function dayText(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** A span as precisely as its wording gave it: "January 2010", "31 July 2008", "2010". */
export function spanText(span: DateSpan): string {
  const [year, month] = span.start.split("-").map(Number);
  if (span.precision === "day") return dayText(span.start);
  if (span.precision === "month") return `${MONTHS[(month ?? 1) - 1]} ${year}`;
  if (span.precision === "year") return String(year);
  return `${dayText(span.start)} to ${dayText(span.end)}`;
}
