import * as z from "zod";
import { isRealDay } from "../_internal/calendar";

/**
 * A calendar date as an ISO 8601 string, `yyyy-MM-dd`, with no time or time zone:
 * plans speak of days, not instants.
 *
 * @example
 * ```ts
 * CalendarDate.parse("2008-10-01"); // "2008-10-01"
 * CalendarDate.safeParse("2010-02-31").success; // false
 * ```
 */
export const CalendarDate = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date as yyyy-MM-dd.")
  .refine((value) => {
    const [year, month, day] = value.split("-").map(Number);
    return isRealDay(year ?? 0, month ?? 0, day ?? 0);
  }, "Expected a real calendar day.")
  .describe("A calendar date, yyyy-MM-dd.");
/** A calendar date, `yyyy-MM-dd`. */
export type CalendarDate = z.output<typeof CalendarDate>;
