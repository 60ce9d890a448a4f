import type {
  PlanImportOptions,
  ReportImportOptions,
  ReturnsImportOptions,
  TableReadOptions,
} from "@cja-kit/core";

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

/**
 * How a worksheet is read as a table: which sheet and the workbook's limits (as for
 * {@link SheetRecordsOptions}), with core's table options (`headings`, `unknownColumns`,
 * `mergedCells`, `maxColumns`, `maxCellLength`), shared with every reader of tables.
 *
 * @example
 * ```ts
 * const options: XlsxReadOptions = { sheet: "Action Plan", headings: { "Lead Partner": "lead" } };
 * ```
 */
export type XlsxReadOptions = SheetRecordsOptions & TableReadOptions;

/**
 * Options for {@link readPlanXlsx}: the plan's owner, kind and period (a sheet does not say), the
 * return progress columns belong to, the framework of bare outcome codes, and how to read the sheet.
 *
 * @example
 * ```ts
 * const options: ReadPlanXlsxOptions = { sheet: "Plan", plan: meta, progress: { authority: meta.authority, period: { kind: "quarter", year: "2010-11", quarter: 2 } } };
 * ```
 */
export type ReadPlanXlsxOptions = XlsxReadOptions & PlanImportOptions;

/**
 * Options for {@link readProgressXlsx}: whose returns the rows are, the period for a sheet with no
 * Period column, the plan for a sheet with no Plan column, and how to read the sheet.
 *
 * @example
 * ```ts
 * const options: ReadProgressXlsxOptions = { authority: communityJusticeAuthorities.lanarkshire, sheet: "Progress" };
 * ```
 */
export type ReadProgressXlsxOptions = XlsxReadOptions & ReturnsImportOptions;

/**
 * Options for {@link readCommitteeReportXlsx}: whose report it is, and how to read the sheet.
 *
 * @example
 * ```ts
 * const options: ReadCommitteeReportXlsxOptions = { authority: communityJusticeAuthorities.lanarkshire };
 * ```
 */
export type ReadCommitteeReportXlsxOptions = XlsxReadOptions & ReportImportOptions;
