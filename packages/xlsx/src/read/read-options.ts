/**
 * How a worksheet is read, and the limits that keep a hostile workbook from exhausting memory or
 * time. Every limit met is answered with an issue, never an exception.
 *
 * @example
 * ```ts
 * const options: SheetRecordsOptions = { sheet: "Action Plan", maxInflatedBytes: 64 * 1024 * 1024 };
 * ```
 */
export type SheetRecordsOptions = {
  /** The sheet to read: its name, or its position among the sheet tabs from 1. @defaultValue the first visible worksheet */
  sheet?: string | number;
  /** The most bytes the .xlsx file may have. @defaultValue 64 MiB */
  maxBytes?: number;
  /** The most entries (files) the zip may list. @defaultValue 10,000 */
  maxEntries?: number;
  /** The most bytes the parts read may inflate to, all together, checked while inflating. @defaultValue 512 MiB */
  maxInflatedBytes?: number;
  /** The most columns a row may have; cells beyond are named in an issue, not read. @defaultValue 1,000 */
  maxColumns?: number;
  /** The most cells the records may hold, empty positions included; rows beyond are named in an issue. @defaultValue 10,000,000 */
  maxCells?: number;
};
