import type { CellSpan, Issue } from "@cja-kit/core";
import { parseRange } from "./column-letters";
import { cellName, xlsxIssue } from "./xlsx-issue";

type Records = ReadonlyMap<number, { row: number; cells: string[]; spans?: CellSpan[] }>;
type Range = NonNullable<ReturnType<typeof parseRange>>;

/** The record rows inside a range, found by binary search in the sorted row numbers. */
function rowsWithin(sorted: readonly number[], range: Range): number[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < range.from.row) low = mid + 1;
    else high = mid;
  }
  const rows: number[] = [];
  for (let i = low; i < sorted.length && (sorted[i] ?? 0) <= range.to.row; i++) rows.push(sorted[i] ?? 0);
  return rows;
}

function coveredIssues(
  records: Records,
  range: Range,
  rows: readonly number[],
  place: { sheet: string; ref: string; work: { left: number } },
): Issue[] {
  const { sheet, ref, work } = place;
  const issues: Issue[] = [];
  for (const row of rows) {
    const cells = records.get(row)?.cells ?? [];
    const last = Math.min(range.to.column, cells.length - 1);
    work.left -= 1 + Math.max(0, last - range.from.column + 1);
    for (let column = range.from.column; column <= last; column++) {
      const anchor = row === range.from.row && column === range.from.column;
      const text = cells[column] ?? "";
      if (!anchor && text.length > 0)
        issues.push(
          xlsxIssue(
            "merged-cell-hidden",
            "warning",
            `Cell ${cellName(column, row)} of sheet "${sheet}" lies under the merged cell ${ref}, so a spreadsheet does not show it; its text is read all the same.`,
            { sheet, row, column, actual: text },
          ),
        );
    }
  }
  return issues;
}

/** How many merges may cover each row, on average, before they count as piled on each other. */
const PILE = 32;

const overlapping = (sheet: string, ref: string): Issue =>
  xlsxIssue(
    "too-many-merges",
    "error",
    `Sheet "${sheet}" has merged cells piled on each other (overlapping, or more than ${PILE} to a row), which no spreadsheet makes; the merges from ${ref} on are ignored, their cells read as they are.`,
    { sheet, actual: ref },
  );

/**
 * Gives each merged cell to the record of its first row as a span, and names each cell with text
 * that a merge hides. Merges are listed after the rows in a sheet, so this runs once the rows are read.
 */
export function applyMerges(
  records: Records,
  merges: readonly string[],
  sheet: string,
  cells: number,
): Issue[] {
  const sorted = [...records.keys()].sort((a, b) => a - b);
  const issues: Issue[] = [];
  // Merges never overlap (Excel refuses a workbook whose do), so looking under them all visits
  // each cell once and each row a few times: far more work than that means merges piled on each
  // other, a hostile sheet, and the rest are ignored (their cells are in the records all the same).
  const work = { left: cells + records.size * PILE + merges.length };
  for (const ref of merges) {
    if (work.left < 0) {
      issues.push(overlapping(sheet, ref));
      break;
    }
    const range = parseRange(ref);
    if (range === undefined) {
      issues.push(
        xlsxIssue(
          "bad-merge",
          "warning",
          `Sheet "${sheet}" merges "${ref}", which is not a range of cells; the merge is ignored.`,
          { sheet, actual: ref },
        ),
      );
      continue;
    }
    const rows = rowsWithin(sorted, range);
    issues.push(...coveredIssues(records, range, rows, { sheet, ref, work }));
    const anchor = records.get(range.from.row);
    const span = {
      column: range.from.column,
      rows: range.to.row - range.from.row + 1,
      columns: range.to.column - range.from.column + 1,
    };
    if (anchor !== undefined && (anchor.cells[span.column] ?? "").length > 0 && span.rows * span.columns > 1)
      anchor.spans = [...(anchor.spans ?? []), span];
  }
  return issues;
}
