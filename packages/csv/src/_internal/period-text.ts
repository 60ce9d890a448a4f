import { FinancialYear, formatReportingPeriod, type ReportingPeriod } from "@cja-kit/core";

/** A reporting period as a spreadsheet cell: "2010-11 Q2", "2010-11", "Year 2 (2009-10)". */
export function formatPeriod(period: ReportingPeriod): string {
  switch (period.kind) {
    case "quarter":
      return `${period.year} Q${period.quarter}`;
    case "financial-year":
      return period.year;
    case "plan-year":
      return `Year ${period.number} (${period.year})`;
    default:
      // Half-years, calendar years, updates and date ranges (core's own wording of them).
      return formatReportingPeriod(period);
  }
}

/** Reads {@link formatPeriod}'s forms back (also "2010/11" and "Q2 2010-11"); `undefined` if unreadable. */
export function parsePeriod(text: string): ReportingPeriod | undefined {
  const cell = text.trim().replace(/(\d{4})\/(\d{2})/, "$1-$2");
  const planYear = /^year\s*(\d+)\s*\((\d{4}-\d{2})\)$/i.exec(cell);
  if (planYear !== null) {
    const year = FinancialYear.safeParse(planYear[2]);
    return year.success ? { kind: "plan-year", number: Number(planYear[1]), year: year.data } : undefined;
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
