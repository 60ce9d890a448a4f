import { checkTableOptions, type ImportResult, type PlanImport, planFromRecords } from "@cja-kit/core";
import { checkObjectOption } from "../_internal/arguments";
import { fromSheet, readSheet } from "../_internal/read-sheet";
import { SHEET_NAMES } from "../_internal/sheet-names";
import type { ReadPlanXlsxOptions } from "./read-options";

/**
 * Reads a plan from a worksheet, as an officer keeps it or as {@link writeWorkbook} writes it,
 * through core's import (the engine behind `readPlanCsv`): each cell as the user saw it (action
 * `1.10` formatted `0.00` stays `1.10`, a date formatted `mmmm yyyy` stays `July 2008`), a title
 * above the header and blank spacer rows passed over and reported, headings matched through the
 * plan's own labels, the canonical headings and the aliases, unknown columns kept as extra
 * columns, merged cells filled down from the merge itself (with an info issue naming them; a
 * workbook says where its merges are, so an empty cell that is not merged stays empty unless
 * `mergedCells: "fill"` asks for the CSV reader's filling of empty rows under an action),
 * formulas read as their last value and hidden rows and columns read, each with a warning. Every
 * non-empty cell ends in the plan or in an issue naming its sheet, row and column; the mapping
 * report says how each column and row was read.
 *
 * Issues: the sheet's own (`xlsx/formula`, `xlsx/hidden-row`, `xlsx/hidden-column`,
 * `xlsx/merged-cell-hidden`, `xlsx/sheet-not-read`, limits and damage: see {@link sheetRecords},
 * their `column` the column's letters), then core's (`table/*`, the parsers', the plan checks),
 * their `column` the heading.
 *
 * @param bytes - The .xlsx file.
 * @param options - The plan's owner, kind and period (a sheet does not say), the return the
 *   progress columns belong to, the sheet (default: "Plan" where the workbook has it, else the
 *   first visible worksheet), the limits and how to read the table.
 * @returns The plan (and progress), every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when `bytes` is not a Uint8Array or ArrayBuffer, or `options` is not an object.
 * @example
 * ```ts
 * const read = readPlanXlsx(new Uint8Array(await file.arrayBuffer()), {
 *   plan: { kind: "action-plan", authority, period: { from: "2010-11", to: "2010-11" } },
 * });
 * console.log(formatMappingReport(read.report));
 * if (read.ok) console.log(read.value.plan.themes.length);
 * ```
 */
export function readPlanXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadPlanXlsxOptions,
): ImportResult<PlanImport> {
  checkObjectOption(options, "plan", "readPlanXlsx");
  checkTableOptions(options, "readPlanXlsx");
  const read = readSheet(bytes, options, SHEET_NAMES.plan, "readPlanXlsx");
  // A workbook names its merged cells: no empty cell is filled on a guess unless asked.
  const merged = options.mergedCells ?? "keep-empty";
  return fromSheet(planFromRecords(read.items, { ...options, mergedCells: merged }), read);
}
