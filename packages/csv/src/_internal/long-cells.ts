import type { Issue } from "@cja-kit/core";

/** The most characters an Excel cell holds (Excel's specifications and limits). */
export const SPREADSHEET_CELL_LIMIT = 32_767;

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

/**
 * A warning for each cell longer than a spreadsheet's cell, located by its line of the file and
 * the heading of its column (the first row's cell): Excel cuts such a cell short when it opens the
 * file.
 */
export function longCells(rows: readonly (readonly string[])[]): Issue[] {
  const headings = rows[0] ?? [];
  return rows.flatMap((row, line) =>
    row.flatMap((cell, index): Issue[] =>
      cell.length <= SPREADSHEET_CELL_LIMIT
        ? []
        : [
            {
              code: "csv/cell-too-long-for-spreadsheet",
              severity: "warning",
              message: `This cell has ${thousands(cell.length)} characters; Excel holds at most 32,767 in a cell and cuts the rest when it opens the file. The CSV holds it all: shorten the text, or read the file with cja-kit rather than a spreadsheet.`,
              path: [],
              row: line + 1,
              column: headings[index] ?? `Column ${index + 1}`,
              actual: cell.slice(0, 40),
            },
          ],
    ),
  );
}
