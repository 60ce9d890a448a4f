import * as z from "zod";
import { FinancialYear } from "./financial-year";

/**
 * The period a progress return reports on: a quarter of a financial year (seed 001,
 * "Quarter 2 ... July - September 2010"), a whole financial year, or a plan year
 * (seed 002, "Year 2 Progress").
 *
 * @example
 * ```ts
 * const q2: ReportingPeriod = { kind: "quarter", year: "2010-11", quarter: 2 };
 * const year2: ReportingPeriod = { kind: "plan-year", number: 2, year: "2009-10" };
 * ```
 */
export const ReportingPeriod = /* @__PURE__ */ z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("quarter"),
      year: FinancialYear,
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    }),
    z.object({ kind: z.literal("financial-year"), year: FinancialYear }),
    z.object({
      kind: z.literal("plan-year"),
      number: z.number().int().min(1).describe("The plan's own year, from 1."),
      year: FinancialYear.describe("The financial year that plan year is."),
    }),
  ])
  .describe("The period a progress return reports on.");
/** The period a progress return reports on. */
export type ReportingPeriod = z.output<typeof ReportingPeriod>;
