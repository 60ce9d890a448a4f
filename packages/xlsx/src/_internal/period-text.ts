import { formatCalendarDate, type ReportingPeriod, reportingPeriodDates } from "@cja-kit/core";

/** A reporting period in words a spreadsheet keeps as text: "2010-11 Q2", "2010-11", "Year 2 (2009-10)". */
export function periodText(period: ReportingPeriod): string {
  switch (period.kind) {
    case "quarter":
      return `${period.year} Q${period.quarter}`;
    case "financial-year":
      return period.year;
    case "plan-year":
      return `Year ${period.number} (${period.year})`;
    default: {
      // A kind added to core later still reads, as its dates.
      const { start, end } = reportingPeriodDates(period);
      return `${formatCalendarDate(start)} to ${formatCalendarDate(end)}`;
    }
  }
}
