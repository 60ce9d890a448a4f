import { CalendarDate } from "@cja-kit/core";
import { usageError } from "./failure";

/** `--at`: a real calendar day written YYYY-MM-DD, or nothing. */
export function dateOption(at: string | undefined): string | undefined {
  if (at === undefined || CalendarDate.safeParse(at).success) return at;
  throw usageError(
    "bad-date",
    `--at "${at}" is not a date: write a real day as YYYY-MM-DD, e.g. 2010-09-30.`,
  );
}
