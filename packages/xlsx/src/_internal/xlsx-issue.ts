import type { Issue, Severity } from "@cja-kit/core";
import { columnLetters } from "./column-letters";

/** Where in a workbook an issue is: a sheet, and a cell (column from 0, row from 1) or a row. */
export type Place = { sheet?: string; row?: number; column?: number; actual?: string };

const ACTUAL_LENGTH = 200;

/** An `xlsx/*` issue at a place; the column is named by its letters, as the spreadsheet shows it. */
export function xlsxIssue(code: string, severity: Severity, message: string, place: Place = {}): Issue {
  const { sheet, row, column, actual } = place;
  return {
    code: `xlsx/${code}`,
    severity,
    message,
    path: [],
    ...(sheet === undefined ? {} : { sheet }),
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column: columnLetters(column) }),
    ...(actual === undefined
      ? {}
      : { actual: actual.length > ACTUAL_LENGTH ? `${actual.slice(0, ACTUAL_LENGTH)}…` : actual }),
  };
}

/** A cell's name in messages: `C5`. */
export const cellName = (column: number, row: number) => `${columnLetters(column)}${row}`;
