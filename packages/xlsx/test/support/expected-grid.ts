import type { SourceItem } from "@cja-kit/core";
import { ragLabels } from "@cja-kit/core";
import { formatNumber, numberFormat } from "../../src/_internal/number-formats";
import type { Cell, SheetSpec } from "../../src/_internal/sheet-model";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** What a spreadsheet shows for a written cell, in the formats the writer gives each kind. */
export function displayed(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  switch (cell.kind) {
    case "text":
    case "title":
    case "label":
      return cell.text;
    case "rag":
      return ragLabels[cell.rag];
    case "date": {
      const [year, month, day] = cell.date.split("-").map(Number);
      return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
    }
    case "number":
      // The library's own formatter: LibreOffice's display is compared with it by the real-client tests.
      return formatNumber(cell.value, numberFormat(cell.format), false) ?? String(cell.value);
  }
}

/** Rows by their number, each without trailing empty cells; rows with no text left out. */
export type Grid = Map<number, string[]>;

const trimmed = (cells: readonly string[]) => {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
};

function put(grid: Grid, row: number, cells: readonly string[]): void {
  const kept = trimmed(cells);
  if (kept.length > 0) grid.set(row, kept);
}

/** What a sheet should show: its header row (tables), then each row's cells as displayed. */
export function expectedGrid(spec: SheetSpec): Grid {
  const grid: Grid = new Map();
  if (spec.table)
    put(
      grid,
      1,
      spec.columns.map((c) => c.label),
    );
  spec.rows.forEach((cells, i) => {
    put(grid, (spec.table ? 2 : 1) + i, cells.map(displayed));
  });
  return grid;
}

/** The grid of a sheet's records. */
export function recordGrid(items: readonly SourceItem[]): Grid {
  const grid: Grid = new Map();
  for (const item of items) if (!("issue" in item)) put(grid, item.row, item.cells);
  return grid;
}

/** The grid of rows (e.g. a CSV a spreadsheet exported), numbered from 1. */
export function rowsGrid(rows: readonly (readonly string[])[]): Grid {
  const grid: Grid = new Map();
  rows.forEach((cells, i) => {
    put(grid, i + 1, cells);
  });
  return grid;
}
