import { dateParts, isRealDay } from "./calendar";
import { usageError } from "./guard";

const YEAR_PAIR = /^\d{4}-\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a financial year such as `2010-11` (`1999-00` too). */
export function isFinancialYear(value: unknown): value is string {
  return (
    typeof value === "string" &&
    YEAR_PAIR.test(value) &&
    (Number(value.slice(0, 4)) + 1) % 100 === Number(value.slice(5))
  );
}

/** Whether a value is a real calendar day written `yyyy-MM-dd`. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !DATE.test(value)) return false;
  const { year, month, day } = dateParts(value);
  return isRealDay(year, month, day);
}

/** Throws `CjaKitError` `usage/invalid-argument` unless `value` is a financial year. */
export function requireFinancialYear(where: string, value: unknown): void {
  if (!isFinancialYear(value)) throw usageError(where, "a financial year such as 2010-11", value);
}

/** Throws `CjaKitError` `usage/invalid-argument` unless `value` is a calendar date. */
export function requireCalendarDate(where: string, value: unknown): void {
  if (!isCalendarDate(value)) throw usageError(where, "a calendar date such as 2008-07-31", value);
}
