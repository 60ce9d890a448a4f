export type {
  CsvReadOptions,
  CsvWriteOptions,
  IndicatorCsvLayout,
  PlanCsv,
  PlanCsvLayout,
  PlanMeta,
  ReadIndicatorCsvOptions,
  ReadPlanCsvOptions,
  WriteIndicatorCsvOptions,
  WritePlanCsvOptions,
} from "./csv-options";
export type { ReadCommitteeReportCsvOptions } from "./read-committee-report-csv";
export { readCommitteeReportCsv, readCommitteeReportCsvStream } from "./read-committee-report-csv";
export { readIndicatorCsv } from "./read-indicator-csv";
export { readPlanCsv } from "./read-plan-csv";
export { readPlanCsvStream } from "./read-plan-csv-stream";
export type { ReadProgressCsvOptions } from "./read-progress-csv";
export { readProgressCsv } from "./read-progress-csv";
export { readProgressCsvStream } from "./read-progress-csv-stream";
export { writeCommitteeReportCsv } from "./write-committee-report-csv";
export { writeIndicatorCsv } from "./write-indicator-csv";
export { writePlanCsv } from "./write-plan-csv";
export { writeProgressCsv } from "./write-progress-csv";
export { writeRollUpCsv } from "./write-roll-up-csv";
