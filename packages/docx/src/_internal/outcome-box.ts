import type { Content } from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow, TextRun } from "docx";
import { splitWidth } from "./column-widths";
import { contentParagraphs } from "./content-paragraphs";
import type { Context, Where } from "./context";
import { STYLE } from "./styles";
import { cell, table } from "./table";

/** A theme's local outcomes in a box labelled "Outcome", above its table (seed 003). */
export function outcomeBox(context: Context, outcomes: Content, where: Where, width: number): FileChild[] {
  const widths = splitWidth([1, 7], width);
  const label = new Paragraph({ style: STYLE.cellHeader, children: [new TextRun("Outcome")] });
  return [
    table(
      [
        new TableRow({
          cantSplit: true,
          keepNext: true,
          children: [
            cell([label], widths[0] ?? 0, { fill: context.options.colours.themeFill }),
            cell(contentParagraphs(context, outcomes, where, "cell"), widths[1] ?? 0),
          ],
        }),
      ],
      widths,
    ),
    new Paragraph({ style: STYLE.small, keepNext: true, children: [] }),
  ];
}

/**
 * A theme's local outcomes as the first row of its action table, "Outcome" over the first
 * column and the outcomes across the rest: a header row with the column labels under it, so the
 * box is never left at the foot of a page with its table on the next (LibreOffice does not keep
 * one table with the next), and a reader of a later page still sees which outcome the rows serve.
 */
export function outcomeRow(
  context: Context,
  outcomes: Content,
  where: Where,
  widths: readonly number[],
): TableRow {
  const label = new Paragraph({ style: STYLE.cellHeader, children: [new TextRun("Outcome")] });
  const content = contentParagraphs(context, outcomes, where, "cell");
  const fill = context.options.colours.themeFill;
  const [first = 0, ...rest] = widths;
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children:
      rest.length === 0
        ? [cell([label, ...content], first, { fill })]
        : [
            cell([label], first, { fill }),
            cell(
              content,
              rest.reduce((a, b) => a + b, 0),
              { span: rest.length },
            ),
          ],
  });
}
