import type { Issue } from "@cja-kit/core";
import { parseRange } from "./column-letters";
import { ISSUES_PER_CODE } from "./issue-cap";
import { cellName, xlsxIssue } from "./xlsx-issue";

/** A cell with a fill colour and no text, in a row that has text. */
export type ColouredCell = { row: number; column: number; colour: string };

/** The most coloured cells kept to be named; the rest are counted in one issue. */
export const COLOURED_KEPT = ISSUES_PER_CODE;

type Range = NonNullable<ReturnType<typeof parseRange>>;

/** The first index of `cells` (sorted by row) at or after `row`. */
function firstAt(cells: readonly ColouredCell[], row: number): number {
  let low = 0;
  let high = cells.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cells[middle]?.row ?? 0) < row) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The cells no merge covers (a merged heading's covered cells share its fill). Each merge finds
 * its rows by binary search; merges piled on each other (a hostile sheet) stop the search once it
 * has done more than a few times the work of the cells and merges, and the rest count as uncovered.
 */
function uncovered(cells: readonly ColouredCell[], ranges: readonly Range[]): ColouredCell[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const covered = new Set<ColouredCell>();
  let work = 4 * (sorted.length + ranges.length);
  for (const range of ranges) {
    for (let i = firstAt(sorted, range.from.row); i < sorted.length && work > 0; i += 1, work -= 1) {
      const cell = sorted[i] as ColouredCell;
      if (cell.row > range.to.row) break;
      if (cell.column >= range.from.column && cell.column <= range.to.column) covered.add(cell);
    }
    work -= 1;
    if (work <= 0) break;
  }
  return cells.filter((cell) => !covered.has(cell));
}

/**
 * A warning for each cell that is coloured but holds no text, inside the table (left of its
 * widest row's last cell) and under no merge, as a colour alone is not read: a RAG column filled
 * red, amber or green with no word in it would otherwise be lost unseen.
 */
export function colourOnlyIssues(
  cells: readonly ColouredCell[],
  more: number,
  merges: readonly string[],
  width: number,
  sheet: string,
): Issue[] {
  const inside = cells.filter((cell) => cell.column < width);
  const ranges = inside.length === 0 ? [] : merges.flatMap((ref) => parseRange(ref) ?? []);
  const named = uncovered(inside, ranges).map((cell) =>
    xlsxIssue(
      "colour-only",
      "warning",
      `Cell ${cellName(cell.column, cell.row)} of sheet "${sheet}" is coloured (${cell.colour}) but holds no text; a colour alone is not read. If it gives a rating, write it in the cell ("Red", "Amber", "Green").`,
      { sheet, row: cell.row, column: cell.column, actual: cell.colour },
    ),
  );
  if (more === 0) return named;
  return [
    ...named,
    xlsxIssue(
      "colour-only",
      "warning",
      `${more.toLocaleString("en-GB")} more cells of sheet "${sheet}" are coloured and hold no text; they are not each named, and a colour alone is not read.`,
      { sheet },
    ),
  ];
}
