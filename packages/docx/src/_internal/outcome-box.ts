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
