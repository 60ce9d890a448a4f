import type { Content } from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow } from "docx";
import { contentMeasures, rowHeight } from "./cell-measure";
import { contentParagraphs } from "./content-paragraphs";
import type { Context, Where } from "./context";
import { STYLE } from "./styles";
import { cell, table } from "./table";

/**
 * A case study set apart from the report's own text, as partnerships' reports box them: its
 * text in a shaded box the width of the page, kept on one page where it fits one.
 */
export function caseStudyBox(
  context: Context,
  content: Content,
  where: Where,
  look: { width: number; rowRoom: number },
): FileChild[] {
  const fits = rowHeight([contentMeasures(content)], [look.width], context.options.tableSize) <= look.rowRoom;
  return [
    table(
      [
        new TableRow({
          ...(fits ? { cantSplit: true } : {}),
          children: [
            cell(contentParagraphs(context, content, where, "cell"), look.width, {
              fill: context.options.colours.themeFill,
            }),
          ],
        }),
      ],
      [look.width],
    ),
    new Paragraph({ style: STYLE.small, children: [] }),
  ];
}
