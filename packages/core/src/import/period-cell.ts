import { FinancialYear } from "../period/financial-year";
import type { ReportingPeriod } from "../period/reporting-period";

/**
 * A reporting period as a table cell: `2010-11 Q2`, `2010-11`, `Year 2 (2009-10)`.
 *
 * @param period - The period.
 * @returns The cell's text.
 * @example
 * ```ts
 * formatPeriodCell({ kind: "quarter", year: "2010-11", quarter: 2 }); // "2010-11 Q2"
 * ```
 */
export function formatPeriodCell(period: ReportingPeriod): string {
  switch (period.kind) {
    case "quarter":
      return `${period.year} Q${period.quarter}`;
    case "financial-year":
      return period.year;
    case "plan-year":
      return `Year ${period.number} (${period.year})`;
  }
}

/**
 * Reads {@link formatPeriodCell}'s forms back (also `2010/11` and `Q2 2010-11`); `undefined` for
 * anything else, a year that is not a financial year, or a plan year before Year 1.
 *
 * @param text - The cell's text.
 * @returns The period, or `undefined`.
 * @example
 * ```ts
 * parsePeriodCell("Year 2 (2009-10)"); // { kind: "plan-year", number: 2, year: "2009-10" }
 * parsePeriodCell("Year 0 (2009-10)"); // undefined
 * ```
 */
export function parsePeriodCell(text: string): ReportingPeriod | undefined {
  const cell = text.trim().replace(/(\d{4})\/(\d{2})/, "$1-$2");
  const planYear = /^year\s*(\d+)\s*\((\d{4}-\d{2})\)$/i.exec(cell);
  if (planYear !== null) {
    const year = FinancialYear.safeParse(planYear[2]);
    const number = Number(planYear[1]);
    return year.success && number >= 1 ? { kind: "plan-year", number, year: year.data } : undefined;
  }
  const quarterFirst = /^q([1-4])\s*(\d{4}-\d{2})$/i.exec(cell);
  const quarterLast = /^(\d{4}-\d{2})\s*q([1-4])$/i.exec(cell);
  const quarter = quarterFirst?.[1] ?? quarterLast?.[2];
  const year = FinancialYear.safeParse(quarterFirst?.[2] ?? quarterLast?.[1] ?? cell);
  if (!year.success) return undefined;
  return quarter === undefined
    ? { kind: "financial-year", year: year.data }
    : { kind: "quarter", year: year.data, quarter: Number(quarter) as 1 | 2 | 3 | 4 };
}
