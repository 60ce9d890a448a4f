export type { SheetInfo } from "./read/list-sheets";
export { listSheets } from "./read/list-sheets";
export type { SheetRecordsOptions } from "./read/read-options";
export { sheetRecords } from "./read/sheet-records";
export type { WorkbookContents, WriteWorkbookOptions, WrittenWorkbook } from "./write/workbook-contents";
export { writeWorkbook } from "./write/write-workbook";
export { XLSX_MEDIA_TYPE } from "./write/xlsx-media-type";
