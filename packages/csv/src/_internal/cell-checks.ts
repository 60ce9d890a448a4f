import type { Issue } from "@cja-kit/core";
import type { CsvReadOptions } from "../csv-options";
import { neutraliseFormula } from "./formula";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The limits a reader applies, every one set. */
export function limits(options: CsvReadOptions): { maxColumns: number; maxCellLength: number } {
  return { maxColumns: options.maxColumns ?? 1000, maxCellLength: options.maxCellLength ?? 1_000_000 };
}

/** A header wider than the limit: an error, and no rows are read. */
export function tooManyColumns(count: number, max: number, line: number): Issue | undefined {
  if (count <= max) return undefined;
  return {
    code: "csv/too-many-columns",
    severity: "error",
    message: `The header has ${count.toLocaleString("en-GB")} columns; at most ${max.toLocaleString("en-GB")} are read (maxColumns). The rows were not read.`,
    path: [],
    row: line,
  };
}

/**
 * What a reader notes about a row's cells: a cell longer than the limit (the row is then left
 * out), control characters (kept, but they cannot go into Word), and cells a spreadsheet would
 * run as formulas (kept as text; neutralised when written).
 */
export function checkCells(
  cells: readonly string[],
  labels: readonly string[],
  line: number,
  maxCellLength: number,
): { issues: Issue[]; skip: boolean } {
  const issues: Issue[] = [];
  let skip = false;
  cells.forEach((cell, index) => {
    const column = labels[index] ?? `Column ${index + 1}`;
    const where = { path: [], row: line, column };
    if (cell.length > maxCellLength) {
      issues.push({
        code: "csv/cell-too-large",
        severity: "error",
        message: `This cell holds ${cell.length.toLocaleString("en-GB")} characters; at most ${maxCellLength.toLocaleString("en-GB")} are read (maxCellLength). The row was left out.`,
        ...where,
      });
      skip = true;
      return;
    }
    if (CONTROL.test(cell))
      issues.push({
        code: "csv/control-character",
        severity: "warning",
        message:
          "This cell holds control characters (such as NUL); they are kept, but Word documents cannot hold them.",
        ...where,
      });
    if (neutraliseFormula(cell) !== cell)
      issues.push({
        code: "csv/formula-like",
        severity: "info",
        message: `This cell starts like a spreadsheet formula ("${cell.slice(0, 20)}"); it is kept as text and neutralised whenever it is written to CSV.`,
        ...where,
      });
  });
  return { issues, skip };
}
