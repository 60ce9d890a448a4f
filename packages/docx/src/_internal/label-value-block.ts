import type { Content } from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow } from "docx";
import { contentMeasures, type MeasuredParagraph, rowHeight } from "./cell-measure";
import { contentParagraphs } from "./content-paragraphs";
import type { Context, Where } from "./context";
import { STYLE } from "./styles";
import { cell, table } from "./table";
import { textRuns } from "./text-runs";

/** One line of a block: its label and what it says, each with where it comes from. */
export type BlockField = { label: string; labelWhere: Where; content: Content; where: Where };

/** How a block is set: its width, the label column's width, and the room a page has for a row. */
export type BlockLook = { width: number; labelWidth: number; rowRoom: number };

type RowKeep = { keepNext: boolean; cantSplit: boolean };

function fieldRow(context: Context, field: BlockField, widths: readonly number[], keep: RowKeep): TableRow {
  return new TableRow({
    ...(keep.cantSplit ? { cantSplit: true } : {}),
    ...(keep.keepNext ? { keepNext: true } : {}),
    children: [
      cell(
        [
          new Paragraph({
            style: STYLE.cellHeader,
            children: textRuns(context, field.label, field.labelWhere),
          }),
        ],
        widths[0] ?? 0,
        { fill: context.options.colours.themeFill },
      ),
      cell(contentParagraphs(context, field.content, field.where, "cell"), widths[1] ?? 0),
    ],
  });
}

const measures = (field: BlockField): MeasuredParagraph[][] => [
  [{ text: field.label, indent: 0, bold: true }],
  contentMeasures(field.content),
];

/**
 * A block of labelled lines under a heading band, as the national delivery plan's updates set
 * each deliverable ("No. 1", then Deliverable, Timescale, Opened, Closed, Additional information):
 * a two-column table, labels on the left. Its rows are kept together on one page where the block
 * fits one, each row on one page where it fits (Word cuts a taller row short rather than break it).
 */
export function labelValueBlock(
  context: Context,
  heading: { text: string; where: Where },
  fields: readonly BlockField[],
  look: BlockLook,
): FileChild[] {
  const widths = [look.labelWidth, look.width - look.labelWidth];
  const heights = fields.map((field) => rowHeight(measures(field), widths, context.options.tableSize));
  const together = heights.reduce((sum, h) => sum + h, 0) <= look.rowRoom;
  const band = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: [
      cell(
        [
          new Paragraph({
            style: STYLE.cellHeader,
            children: textRuns(context, heading.text, heading.where),
          }),
        ],
        look.width,
        { span: 2, fill: context.options.colours.headerFill },
      ),
    ],
  });
  const rows = fields.map((field, i) =>
    fieldRow(context, field, widths, {
      keepNext: together && i < fields.length - 1,
      cantSplit: (heights[i] ?? 0) <= look.rowRoom,
    }),
  );
  return [table([band, ...rows], widths), new Paragraph({ style: STYLE.small, children: [] })];
}
