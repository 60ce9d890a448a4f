/**
 * The media type of an .xlsx workbook, for a `Blob`, a download or an HTTP response.
 *
 * @example
 * ```ts
 * const blob = new Blob([writeWorkbook({ plan }).bytes], { type: XLSX_MEDIA_TYPE });
 * ```
 */
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
