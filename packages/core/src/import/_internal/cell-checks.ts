import type { Issue } from "../../issue/issue";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const FORMULA = /^[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The answer for nearly every cell, shared rather than made once a cell. */
const NONE: readonly Issue[] = [];

/**
 * What an import notes about a cell it keeps: control characters (kept, but Word cannot hold
 * them) and text a spreadsheet would run as a formula (kept as text; neutralised whenever written).
 */
export function cellNotes(cell: string, row: number, column: string): readonly Issue[] {
  // Nearly every cell is neither: its issues' shared parts are made only for one that is.
  const control = CONTROL.test(cell);
  const formula = FORMULA.test(cell) && !PLAIN_NUMBER.test(cell);
  if (!control && !formula) return NONE;
  const where = { path: [], row, column, actual: cell.slice(0, 40) };
  const issues: Issue[] = [];
  if (control)
    issues.push({
      code: "table/control-character",
      severity: "warning",
      message:
        "This cell holds control characters (such as NUL); they are kept, but Word documents cannot hold them.",
      ...where,
    });
  if (formula)
    issues.push({
      code: "table/formula-like",
      severity: "info",
      message: `This cell starts like a spreadsheet formula ("${cell.slice(0, 20)}"); it is kept as text and neutralised whenever it is written to CSV.`,
      ...where,
    });
  return issues;
}
