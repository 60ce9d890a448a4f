import type { Issue } from "../../issue/issue";
import { filled } from "./tally";

/** The wording that opens a totals row: Total, Totals, Grand total, Sub-total (any case, a colon allowed). */
const TOTAL = /^(?:grand\s+|sub\s*-?\s*)?totals?\s*:?$/i;

/** Whether a row is a totals row under a table: its first text cell says Total, where an action number or wording would be. */
export const isTotalsRow = (cells: readonly string[]): boolean =>
  TOTAL.test((cells.find(filled) ?? "").trim());

/** The warning for a totals row left out: its figures are the sum of a column, not an action's. */
export function totalsRowIssue(row: number, cells: readonly string[], column?: string): Issue {
  const text = cells
    .filter(filled)
    .map((cell) => cell.trim())
    .join(" | ");
  return {
    code: "table/totals-row",
    severity: "warning",
    message: `Row ${row} is a totals row ("${text.slice(0, 80)}"), not an action: its figures are the sum of the rows above, so it was left out. Check the total against the actions' own figures if it matters.`,
    path: [],
    row,
    ...(column === undefined ? {} : { column }),
    actual: text.slice(0, 80),
  };
}
