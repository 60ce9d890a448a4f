import {
  type ImportResult,
  type Issue,
  type PlanImport,
  type PlanImportOptions,
  type ProgressReturn,
  planFromRecords,
  type ReturnsImportOptions,
  returnsFromRecords,
} from "@cja-kit/core";
import { listSheets, sheetRecords } from "@cja-kit/xlsx";

/** Which worksheet of a workbook to read: its name, or its tab position from 1. */
export type SheetChoice = { sheet?: string | number };

// The sheets writeWorkbook writes each kind on: a workbook cja-kit wrote is read from the sheet
// that holds the kind asked for, not from its first tab.
const WRITTEN_ON = { plan: "Plan", progress: "Progress" } as const;

type Sheets = ReturnType<typeof listSheets>["sheets"];

const readable = (sheets: Sheets) => sheets.filter((s) => s.visible && s.worksheet);

function chosenSheet(sheets: Sheets, asked: SheetChoice, preferred: string): string | number | undefined {
  if (asked.sheet !== undefined) return asked.sheet;
  return readable(sheets).some((s) => s.name === preferred) ? preferred : undefined;
}

function sheetName(sheets: Sheets, sheet: string | number | undefined): string | undefined {
  if (typeof sheet === "string") return sheet;
  return sheet === undefined ? readable(sheets)[0]?.name : sheets[sheet - 1]?.name;
}

// Core's stages do not know the sheet: each of their issues is given the name of the one read.
function onSheet<T extends { issues: Issue[] }>(result: T, sheet: string | undefined): T {
  if (sheet === undefined) return result;
  return {
    ...result,
    issues: result.issues.map((issue) => (issue.sheet === undefined ? { ...issue, sheet } : issue)),
  };
}

function read<T>(
  bytes: Uint8Array,
  asked: SheetChoice,
  preferred: string,
  fromRecords: (items: ReturnType<typeof sheetRecords>) => ImportResult<T>,
): ImportResult<T> {
  const { sheets } = listSheets(bytes);
  const sheet = chosenSheet(sheets, asked, preferred);
  const items = sheetRecords(bytes, sheet === undefined ? {} : { sheet });
  return onSheet(fromRecords(items), sheetName(sheets, sheet));
}

/**
 * A plan read from a worksheet through core's import (the engine behind `readPlanCsv`): the sheet
 * asked for, else the "Plan" sheet a workbook cja-kit wrote has, else the first visible worksheet.
 * `@cja-kit/xlsx` on this branch gives the records (`sheetRecords`); its own `readPlanXlsx` does
 * the same and can take this function's place once it is released.
 */
export function readPlanXlsx(
  bytes: Uint8Array,
  options: PlanImportOptions & SheetChoice,
): ImportResult<PlanImport> {
  return read(bytes, options, WRITTEN_ON.plan, (items) => planFromRecords(items, options));
}

/** Progress returns read from a worksheet through core's import, the sheet chosen as for a plan ("Progress"). */
export function readProgressXlsx(
  bytes: Uint8Array,
  options: ReturnsImportOptions & SheetChoice,
): ImportResult<ProgressReturn[]> {
  return read(bytes, options, WRITTEN_ON.progress, (items) => returnsFromRecords(items, options));
}
