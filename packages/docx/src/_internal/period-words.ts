import {
  formatCalendarDate,
  formatReportingPeriod,
  type ReportingPeriod,
  reportingPeriodDates,
} from "@cja-kit/core";

/** The name a period goes by: an update's or a range's own wording, else core's short form ("2023-24"). */
function periodName(period: ReportingPeriod): string | undefined {
  if (period.kind === "update") return period.label ?? `Update ${period.number}`;
  if (period.kind === "date-range") return period.label;
  return formatReportingPeriod(period);
}

/**
 * A reporting period for a reader: its name and the dates it covers in words, "2023-24: 1 April
 * 2023 to 31 March 2024", "Update 2 – March 2024: 1 January 2024 to 31 March 2024".
 */
export function periodWords(period: ReportingPeriod): string {
  const { start, end } = reportingPeriodDates(period);
  const span = `${formatCalendarDate(start)} to ${formatCalendarDate(end)}`;
  const name = periodName(period);
  return name === undefined ? span : `${name}: ${span}`;
}
