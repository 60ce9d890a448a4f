import { guarded } from "../_internal/guard";
import { ReportingPeriod } from "./reporting-period";

/**
 * A reporting period as one short line that {@link parseReportingPeriod} reads back: `2010-11 Q2`,
 * `2023-24 H1`, `2010-11`, `Year 2 (2009-10)`, `2019`, and for an update or a range its wording
 * with the dates it covers: `Update 2 – March 2024 (2024-01-01 to 2024-03-31)`.
 *
 * @param period - The period.
 * @returns The line.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * formatReportingPeriod({ kind: "quarter", year: "2010-11", quarter: 2 }); // "2010-11 Q2"
 * formatReportingPeriod({ kind: "date-range", start: "2023-06-01", end: "2023-12-31" }); // "2023-06-01 to 2023-12-31"
 * ```
 */
export function formatReportingPeriod(period: ReportingPeriod): string {
  return guarded(
    "formatReportingPeriod",
    () => [["period", ReportingPeriod, period]],
    () => formatReportingPeriodOf(period),
  );
}

function formatReportingPeriodOf(period: ReportingPeriod): string {
  switch (period.kind) {
    case "quarter":
      return `${period.year} Q${period.quarter}`;
    case "half-year":
      return `${period.year} H${period.half}`;
    case "financial-year":
      return period.year;
    case "plan-year":
      return `Year ${period.number} (${period.year})`;
    case "calendar-year":
      return String(period.year);
    case "update":
      return `${period.label ?? `Update ${period.number}`} (${period.start} to ${period.end})`;
    case "date-range": {
      const span = `${period.start} to ${period.end}`;
      return period.label === undefined ? span : `${period.label} (${span})`;
    }
    default: {
      const never: never = period;
      return never;
    }
  }
}
