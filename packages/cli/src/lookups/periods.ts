import { type PlanPeriod, parsePlanPeriod, parseReportingPeriod, type ReportingPeriod } from "@cja-kit/core";
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

/**
 * `--return-period`: the period a return reports on, read by core's `parseReportingPeriod` as
 * returns and updates write it: `2010-11 Q2`, `2023-24 H1`, `2010-11`, `Year 2 (2009-10)`,
 * `June - December 2023`, `Update 2 (2024-01-01 to 2024-03-31)`.
 */
export function reportingPeriodOption(text: string): ReportingPeriod {
  const parsed = parseReportingPeriod(text);
  if (parsed.ok) return parsed.value;
  throw usageError(
    "bad-return-period",
    `--return-period: ${parsed.issues[0]?.message ?? `"${text}" is not a reporting period.`}`,
  );
}
