export type { SheetInfo } from "./read/list-sheets";
export { listSheets } from "./read/list-sheets";
export { readCommitteeReportXlsx } from "./read/read-committee-report-xlsx";
export type { ReadIndicatorsXlsxOptions } from "./read/read-indicators-xlsx";
export { readIndicatorsXlsx } from "./read/read-indicators-xlsx";
export type {
  ReadCommitteeReportXlsxOptions,
  ReadPlanXlsxOptions,
  ReadProgressXlsxOptions,
  SheetRecordsOptions,
  XlsxReadOptions,
} from "./read/read-options";
export { readPlanXlsx } from "./read/read-plan-xlsx";
export { readProgressXlsx } from "./read/read-progress-xlsx";
export type { ReadSelfAssessmentXlsxOptions } from "./read/read-self-assessment-xlsx";
export { readSelfAssessmentXlsx } from "./read/read-self-assessment-xlsx";
export { sheetRecords } from "./read/sheet-records";
export type { WorkbookContents, WriteWorkbookOptions, WrittenWorkbook } from "./write/workbook-contents";
export { writeWorkbook } from "./write/write-workbook";
export { XLSX_MEDIA_TYPE } from "./write/xlsx-media-type";
