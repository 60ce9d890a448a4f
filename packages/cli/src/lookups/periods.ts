import { FinancialYear, type PlanPeriod, parsePlanPeriod, type ReportingPeriod } from "@cja-kit/core";
import { usageError } from "../_internal/failure";

/** `--period`: the financial years a plan covers, `2010-11` (one year) or `2008-11` (three). */
export function planPeriodOption(text: string, option = "--period"): PlanPeriod {
  const parsed = parsePlanPeriod(text);
  if (!parsed.ok)
    throw usageError(
      "bad-period",
      `${option} "${text}" is not a plan period: give its financial years, e.g. 2010-11 or 2008-11.`,
    );
  return parsed.value;
}

function year(text: string | undefined): FinancialYear | undefined {
  const parsed = FinancialYear.safeParse(text?.replace("/", "-"));
  return parsed.success ? parsed.data : undefined;
}

function reportingPeriod(text: string): ReportingPeriod | undefined {
  const cell = text.trim();
  const planYear = /^year\s*(\d+)\s*\((\d{4}[-/]\d{2})\)$/i.exec(cell);
  const planYearOf = year(planYear?.[2]);
  if (planYear !== null)
    return planYearOf === undefined
      ? undefined
      : { kind: "plan-year", number: Number(planYear[1]), year: planYearOf };
  const quarter = /^(?:q([1-4])\s*(\S+)|(\S+)\s*q([1-4]))$/i.exec(cell);
  const quarterYear = year(quarter?.[2] ?? quarter?.[3]);
  const number = Number(quarter?.[1] ?? quarter?.[4]) as 1 | 2 | 3 | 4;
  if (quarter !== null)
    return quarterYear === undefined ? undefined : { kind: "quarter", year: quarterYear, quarter: number };
  const whole = year(cell);
  return whole === undefined ? undefined : { kind: "financial-year", year: whole };
}

/**
 * `--return-period`: the period a return reports on, written as the progress CSV writes it:
 * `2010-11 Q2` (or `Q2 2010-11`), `2010-11` (a whole year), `Year 2 (2009-10)` (a plan year).
 */
export function reportingPeriodOption(text: string): ReportingPeriod {
  const period = reportingPeriod(text);
  if (period === undefined)
    throw usageError(
      "bad-return-period",
      `--return-period "${text}" is not a reporting period: give e.g. "2010-11 Q2", "2010-11" or "Year 2 (2009-10)".`,
    );
  return period;
}
