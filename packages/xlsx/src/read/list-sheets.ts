import type { Issue } from "@cja-kit/core";
import { checkOptions, workbookBytes } from "../_internal/arguments";
import { openWorkbook } from "../_internal/open-workbook";
import { xlsxLimits } from "../_internal/xlsx-limits";
import type { SheetRecordsOptions } from "./read-options";

/**
 * A sheet of a workbook: its name, its tab position from 1, whether it is shown, and whether it is
 * a worksheet of cells (not a chart sheet).
 *
 * @example
 * ```ts
 * const sheet: SheetInfo = { name: "Action Plan", position: 1, visible: true, worksheet: true };
 * ```
 */
export type SheetInfo = { name: string; position: number; visible: boolean; worksheet: boolean };

/**
 * The sheets of an .xlsx workbook in tab order, for choosing the one to read with
 * `sheetRecords`; with the issue that stops reading the workbook, if any (the same limits
 * and damage as `sheetRecords`).
 *
 * @param bytes - The .xlsx file.
 * @param options - The limits (`sheet` is ignored).
 * @returns The sheets, and any issue.
 * @throws CjaKitError `usage/invalid-argument` when `bytes` is not a Uint8Array or ArrayBuffer, or `options` is not an object.
 * @example
 * ```ts
 * const { sheets } = listSheets(bytes);
 * const choices = sheets.filter((s) => s.visible && s.worksheet).map((s) => s.name);
 * ```
 */
export function listSheets(
  bytes: Uint8Array | ArrayBuffer,
  options: SheetRecordsOptions = {},
): { sheets: SheetInfo[]; issues: Issue[] } {
  const data = workbookBytes(bytes, "listSheets");
  checkOptions(options, "listSheets", true);
  const workbook = openWorkbook(data, xlsxLimits(options ?? {}));
  if ("code" in workbook) return { sheets: [], issues: [workbook] };
  return {
    sheets: workbook.info.sheets.map((s) => ({
      name: s.name,
      position: s.position,
      visible: s.state === "visible",
      worksheet: s.kind === "worksheet",
    })),
    issues: [],
  };
}
