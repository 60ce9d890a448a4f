import * as z from "zod";
import { requireFinancialYear } from "../_internal/date-checks";
import { usageError } from "../_internal/guard";

/**
 * A financial year, 1 April to 31 March, written as in the documents: `2010-11`.
 *
 * @example
 * ```ts
 * FinancialYear.parse("2010-11"); // "2010-11"
 * FinancialYear.safeParse("2010-12").success; // false: not consecutive years
 * ```
 */
export const FinancialYear = /* @__PURE__ */ z
  .string()
  .regex(/^\d{4}-\d{2}$/, "Expected a financial year such as 2010-11.")
  .refine((value) => {
    const start = Number(value.slice(0, 4));
    return (start + 1) % 100 === Number(value.slice(5));
  }, "A financial year runs over two consecutive years, e.g. 2010-11.")
  .describe("A financial year, 1 April to 31 March, e.g. 2010-11.");
/** A financial year such as `2010-11`. */
export type FinancialYear = z.output<typeof FinancialYear>;

/**
 * The financial year that starts in April of the given calendar year.
 *
 * @param startYear - The calendar year in which the financial year starts.
 * @returns The financial year, e.g. `2010-11` for 2010.
 * @throws CjaKitError `usage/invalid-argument` when the year is not a whole number from 1 to 9998.
 * @example
 * ```ts
 * financialYear(2010); // "2010-11"
 * ```
 */
export function financialYear(startYear: number): FinancialYear {
  if (!Number.isInteger(startYear) || startYear < 1 || startYear > 9998)
    throw usageError("financialYear", "a calendar year, a whole number from 1 to 9998", startYear);
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/**
 * The calendar year in which a financial year starts.
 *
 * @param year - A financial year such as `2010-11`.
 * @returns The start year, e.g. 2010.
 * @throws CjaKitError `usage/invalid-argument` when the year is not a financial year.
 * @example
 * ```ts
 * financialYearStartYear("2008-09"); // 2008
 * ```
 */
export function financialYearStartYear(year: FinancialYear): number {
  requireFinancialYear("financialYearStartYear", year);
  return Number(year.slice(0, 4));
}
