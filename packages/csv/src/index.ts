export type {
  CsvReadOptions,
  CsvWriteOptions,
  PlanCsv,
  PlanCsvLayout,
  PlanMeta,
  ReadPlanCsvOptions,
  WritePlanCsvOptions,
} from "./csv-options";
export type { ReadCommitteeReportCsvOptions } from "./read-committee-report-csv";
export { readCommitteeReportCsv, readCommitteeReportCsvStream } from "./read-committee-report-csv";
export { readPlanCsv } from "./read-plan-csv";
export { readPlanCsvStream } from "./read-plan-csv-stream";
export type { ReadProgressCsvOptions } from "./read-progress-csv";
export { readProgressCsv } from "./read-progress-csv";
export { readProgressCsvStream } from "./read-progress-csv-stream";
export { writeCommitteeReportCsv } from "./write-committee-report-csv";
export { writePlanCsv } from "./write-plan-csv";
export { writeProgressCsv } from "./write-progress-csv";
export { writeRollUpCsv } from "./write-roll-up-csv";
