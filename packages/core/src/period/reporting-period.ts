import * as z from "zod";
import { CalendarDate } from "./calendar-date";
import { FinancialYear } from "./financial-year";

// A function, not a top-level object: a top-level call would keep zod in apps that never use it.
const span = () => ({
  start: CalendarDate.describe("First day covered."),
  end: CalendarDate.describe("Last day covered, inclusive."),
});
const inOrder = (span: { start: string; end: string }) => span.start <= span.end;
const ORDER = { message: "A period ends on or after the day it starts.", path: ["end"] };

/**
 * The period a progress return, an update or an indicator's figure covers: a quarter of a
 * financial year (seed 001, "Quarter 2 ... July - September 2010"), a half of one (April-September,
 * October-March), a whole financial year, a plan year (seed 002, "Year 2 Progress"), a calendar
 * year (national statistics by calendar year), a numbered update covering a stated span (the
 * national delivery plan's "Update 2 – March 2024", which "covers the period from January to
 * March 2024"), or any explicit range of dates.
 *
 * @example
 * ```ts
 * const q2: ReportingPeriod = { kind: "quarter", year: "2010-11", quarter: 2 };
 * const year2: ReportingPeriod = { kind: "plan-year", number: 2, year: "2009-10" };
 * const update2: ReportingPeriod = { kind: "update", number: 2, label: "Update 2 – March 2024", start: "2024-01-01", end: "2024-03-31" };
 * ```
 */
export const ReportingPeriod = /* @__PURE__ */ z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("quarter"),
      year: FinancialYear,
      quarter: z
        .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
        .describe("The quarter of the financial year, 1 (April to June) to 4 (January to March)."),
    }),
    z.object({
      kind: z.literal("half-year"),
      year: FinancialYear,
      half: z.union([z.literal(1), z.literal(2)]).describe("1 is April-September, 2 October-March."),
    }),
    z.object({ kind: z.literal("financial-year"), year: FinancialYear }),
    z.object({
      kind: z.literal("plan-year"),
      number: z.number().int().min(1).describe("The plan's own year, from 1."),
      year: FinancialYear.describe("The financial year that plan year is."),
    }),
    z.object({
      kind: z.literal("calendar-year"),
      year: z.number().int().min(1900).max(2200).describe("The calendar year, January to December."),
    }),
    z
      .object({
        kind: z.literal("update"),
        number: z.number().int().min(1).describe("The update's number, from 1."),
        label: z
          .string()
          .min(1)
          .optional()
          .describe("The update's name as written, e.g. `Update 2 – March 2024`."),
        ...span(),
      })
      .refine(inOrder, ORDER),
    z
      .object({
        kind: z.literal("date-range"),
        label: z.string().min(1).optional().describe("The range as written, e.g. `June to December 2023`."),
        ...span(),
      })
      .refine(inOrder, ORDER),
  ])
  .describe("The period a return, update or figure covers.");
/** The period a return, update or figure covers. */
export type ReportingPeriod = z.output<typeof ReportingPeriod>;
