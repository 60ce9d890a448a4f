import type { DateSpan } from "../timescale/timescale";
import { longDate } from "./long-date";
import { monthName } from "./month-names";

/** A span as precisely as its wording gave it: "January 2010", "31 July 2008", "2010". */
export function spanText(span: DateSpan): string {
  const [year, month] = span.start.split("-").map(Number);
  if (span.precision === "day") return longDate(span.start);
  if (span.precision === "month") return `${monthName(month ?? 0)} ${year}`;
  if (span.precision === "year") return String(year);
  return `${longDate(span.start)} to ${longDate(span.end)}`;
}
