import type { CellSpan, SourceItem } from "@cja-kit/core";

type Row = { cells: string[]; spans?: readonly CellSpan[] };

const filled = (cells: readonly string[]) => cells.reduce((n, cell) => (cell === "" ? n : n + 1), 0);
const extent = (row: Row) =>
  Math.max(row.cells.length, ...(row.spans ?? []).map((span) => span.column + span.columns));

/**
 * Pads every record to the width of the sheet's fullest row (the one with most cells holding
 * text, usually its heading row), with empty cells. A sheet stores no empty cells at the end of a
 * row, so an officer's row with its last columns blank is as wide as the table all the same;
 * without padding the import would call each such row ragged. Rows wider than the fullest keep
 * their width. Nothing is padded when that would add more than `budget` cells (a stray far cell
 * on a long sheet), so memory stays bounded by the limits. Returns that width (0 for no rows).
 */
export function padRecords(items: readonly SourceItem[], budget: number): number {
  const rows = items.filter((item): item is SourceItem & Row => !("issue" in item));
  let fullest: Row | undefined;
  let most = -1;
  for (const row of rows) {
    const count = filled(row.cells);
    if (count > most) [fullest, most] = [row, count];
  }
  if (fullest === undefined) return 0;
  const width = extent(fullest);
  const added = rows.reduce((sum, row) => sum + Math.max(0, width - row.cells.length), 0);
  if (added > budget) return width;
  for (const row of rows) while (row.cells.length < width) row.cells.push("");
  return width;
}
