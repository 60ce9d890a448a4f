import type { Issue, SourceItem } from "@cja-kit/core";
import type { SheetRecordsOptions } from "../read/read-options";
import { checkOptions, workbookBytes } from "./arguments";
import { cellContext, openWorkbook } from "./open-workbook";
import { pickSheet } from "./pick-sheet";
import { sheetReader } from "./sheet-reader";
import { commentsNotRead, sheetsNotRead } from "./sheet-scan";
import { readPart } from "./workbook-package";
import { xlsxLimits } from "./xlsx-limits";

/** A sheet's records and issues, and the name of the sheet read, where one was. */
export type SheetRead = { items: SourceItem[]; sheet?: string };

const alone = (issue: Issue): SheetRead => ({ items: [{ issue }] });

/**
 * The records of one worksheet and the issues met, in file order: the sheet the options name,
 * else the visible worksheet named `preferred` (the sheet the library writes for a kind), else the
 * first visible worksheet.
 */
export function readSheet(
  bytes: Uint8Array | ArrayBuffer,
  options: SheetRecordsOptions,
  preferred?: string,
  fn = "sheetRecords",
): SheetRead {
  const data = workbookBytes(bytes, fn);
  checkOptions(options, fn, true);
  const limits = xlsxLimits(options ?? {});
  const workbook = openWorkbook(data, limits);
  if ("code" in workbook) return alone(workbook);
  const picked = pickSheet(workbook.info.sheets, options?.sheet, preferred);
  if ("code" in picked) return alone(picked);
  const context = cellContext(workbook);
  if ("code" in context) return alone(context);
  const { pkg, info } = workbook;
  const { sheet } = picked;
  const before = [
    ...picked.issues,
    ...sheetsNotRead(pkg, info.sheets, sheet),
    ...commentsNotRead(pkg, sheet),
  ];
  const reader = sheetReader({
    ...context,
    sheet: sheet.name,
    maxColumns: limits.maxColumns,
    maxCells: limits.maxCells,
  });
  const stopped = readPart(pkg, sheet.part ?? "", reader.handlers, true);
  return { items: [...before.map((issue) => ({ issue })), ...reader.finish(stopped)], sheet: sheet.name };
}

/** The import's issues, each naming the sheet it read (core's stages do not know it). */
export function onSheet<T extends { issues: Issue[] }>(result: T, sheet: string | undefined): T {
  if (sheet === undefined) return result;
  return {
    ...result,
    issues: result.issues.map((issue) => (issue.sheet === undefined ? { ...issue, sheet } : issue)),
  };
}

/** Whether the workbook stopped the read before any row (not a zip, no such sheet, damage): no record, and an error. */
export function stoppedEarly(read: SheetRead): boolean {
  return (
    read.items.every((item) => "issue" in item) &&
    read.items.some((item) => "issue" in item && item.issue.severity === "error")
  );
}

/**
 * The import's result on its sheet (see {@link onSheet}), without the "no heading row" that only
 * echoes a workbook that could not be read: the workbook's own error says what is wrong.
 */
export function fromSheet<T extends { issues: Issue[] }>(result: T, read: SheetRead): T {
  const own = onSheet(result, read.sheet);
  if (!stoppedEarly(read)) return own;
  return { ...own, issues: own.issues.filter((issue) => issue.code !== "table/no-heading-row") };
}
