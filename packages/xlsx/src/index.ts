export type { WorkbookContents, WriteWorkbookOptions, WrittenWorkbook } from "./write/workbook-contents";
export { writeWorkbook } from "./write/write-workbook";
export { XLSX_MEDIA_TYPE } from "./write/xlsx-media-type";
