import { monthNumber } from "../../_internal/month-names";
import { CalendarDate } from "../../period/calendar-date";

const pad = (n: number) => String(n).padStart(2, "0");

function calendar(year: number, month: number, day: number): string | undefined {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return CalendarDate.safeParse(text).success ? text : undefined;
}

const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/**
 * A date as a spreadsheet in Scotland writes it back, day first: `2010-09-30`, `30/09/2010`,
 * `30-09-2010`, `30.09.10`, `30 September 2010`, `30-Sep-10`; `undefined` for anything else or a
 * day that does not exist (never a guess at month-first).
 */
export function parseDayFirstDate(text: string): string | undefined {
  const cell = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  if (iso !== null) return calendar(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(cell);
  if (numeric !== null) return calendar(fullYear(numeric[3] ?? ""), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?[\s\-,]+(\d{4}|\d{2})$/i.exec(cell);
  const month = monthNumber((named?.[2] ?? "").slice(0, 3));
  if (named === null || month === undefined) return undefined;
  return calendar(fullYear(named[3] ?? ""), month, Number(named[1]));
}
