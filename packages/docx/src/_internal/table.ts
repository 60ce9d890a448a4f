import {
  type ITableBordersOptions,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import { at, type Context, type Where } from "./context";
import { STYLE } from "./styles";
import { textRuns } from "./text-runs";

/** Options of one cell: columns spanned, fill colour. */
export type CellLook = { span?: number; fill?: string };

const MARGINS = { top: 57, bottom: 57, left: 85, right: 85 };

/** A cell of a given width in twips; an empty cell still gets a paragraph, as Word needs one. */
export function cell(
  children: ReadonlyArray<Paragraph | Table>,
  width: number,
  look: CellLook = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(look.span === undefined || look.span < 2 ? {} : { columnSpan: look.span }),
    ...(look.fill === undefined ? {} : { shading: { fill: look.fill, color: "auto", type: "clear" } }),
    children: children.length > 0 ? children : [new Paragraph({ style: STYLE.cell })],
  });
}

/** Cells of bold labels on the header fill. */
export function labelCells(
  context: Context,
  labels: readonly string[],
  widths: readonly number[],
  where: Where,
): TableCell[] {
  return labels.map((label, i) =>
    cell(
      [new Paragraph({ style: STYLE.cellHeader, children: textRuns(context, label, at(where, i, "label")) })],
      widths[i] ?? 0,
      { fill: context.options.colours.headerFill },
    ),
  );
}

/** A header row: bold labels on the header fill, repeated at the top of every page. */
export function headerRow(
  context: Context,
  labels: readonly string[],
  widths: readonly number[],
  where: Where,
): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: labelCells(context, labels, widths, where),
  });
}

/** A table with fixed column widths (the grid and every cell agree), as LibreOffice and Google Docs need. */
export function table(
  rows: readonly TableRow[],
  widths: readonly number[],
  borders?: ITableBordersOptions,
): Table {
  return new Table({
    ...(borders === undefined ? {} : { borders }),
    rows: [...rows],
    columnWidths: [...widths],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: MARGINS,
  });
}
