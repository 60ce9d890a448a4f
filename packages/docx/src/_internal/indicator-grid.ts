import { AlignmentType, Paragraph, type Table, TableRow, TextRun } from "docx";
import { CELL_MARGIN, longestWordWidth, type MeasuredParagraph, rowHeight } from "./cell-measure";
import { contentWidths } from "./column-widths";
import type { Context, Where } from "./context";
import { STYLE } from "./styles";
import { cell, table } from "./table";
import { textRuns } from "./text-runs";

/**
 * A cell of an indicators' table before it is set: its text and where that comes from, whether
 * it is a figure (set to the right), footnote markers to raise after it, and `quiet` for text
 * made here from text already checked (a trend in words), which raises no issue of its own.
 */
export type GridCell = { text: string; where: Where; figure?: boolean; notes?: string; quiet?: boolean };

/** An indicators' table before it is set: its header cells and its rows. */
export type Grid = { header: GridCell[]; rows: GridCell[][] };

const measured = (c: GridCell, bold = false): MeasuredParagraph[] => [
  { text: c.notes === undefined ? c.text : `${c.text}${c.notes}`, indent: 0, bold },
];

const measures = (grid: Grid) => [
  grid.header.map((c) => measured(c, true)),
  ...grid.rows.map((row) => row.map((c) => measured(c))),
];

/** The least width the grid takes with no word broken: each column's longest word, with the cell's margins. */
export function leastWidth(grid: Grid, halfPoints: number, total: number): number {
  const rows = measures(grid);
  return grid.header.reduce(
    (sum, _, i) =>
      sum +
      Math.max(...rows.map((row) => longestWordWidth(row[i] ?? [], halfPoints, total / 4))) +
      CELL_MARGIN.across +
      30,
    0,
  );
}

function gridParagraph(context: Context, c: GridCell, header: boolean): Paragraph {
  const runs = textRuns(c.quiet === true ? { ...context, issues: [] } : context, c.text, c.where);
  return new Paragraph({
    style: header ? STYLE.cellHeader : STYLE.cell,
    ...(c.figure === true ? { alignment: AlignmentType.RIGHT } : {}),
    children: c.notes === undefined ? runs : [...runs, new TextRun({ text: c.notes, superScript: true })],
  });
}

/**
 * The grid as a table: a bold header row on the header fill, repeated on every page; widths from
 * the content; each row kept on one page where it fits (Word cuts a taller row short).
 */
export function gridTable(context: Context, grid: Grid, look: { width: number; rowRoom: number }): Table {
  const size = context.options.tableSize;
  const rows = measures(grid);
  const widths = contentWidths(rows, look.width, size, look.rowRoom);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: grid.header.map((c, i) =>
      cell([gridParagraph(context, c, true)], widths[i] ?? 0, { fill: context.options.colours.headerFill }),
    ),
  });
  const body = grid.rows.map((row, r) => {
    const fits = rowHeight(rows[r + 1] ?? [], widths, size) <= look.rowRoom;
    return new TableRow({
      ...(fits ? { cantSplit: true } : {}),
      children: row.map((c, i) => cell([gridParagraph(context, c, false)], widths[i] ?? 0)),
    });
  });
  return table([header, ...body], widths);
}
