import type { ReportParagraph, ReportSection } from "@cja-kit/core";
import { type FileChild, HeadingLevel, Paragraph, Tab, TabStopType, TextRun } from "docx";
import { blockParagraphs } from "./content-paragraphs";
import { at, type Context, type Where } from "./context";
import { textRuns } from "./text-runs";

/** Where a section's and a paragraph's text starts: 1.5 cm in, the numbers in the margin before it. */
export const INDENT = 851;

/** A paragraph set with its number in the margin and its text at {@link INDENT}. */
export const hanging = {
  indent: { left: INDENT, hanging: INDENT },
  tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
};

/** A number and the tab after it, or nothing for an unnumbered paragraph. */
export function numbered(context: Context, number: string | undefined, where: Where): TextRun[] {
  return number === undefined
    ? []
    : [...textRuns(context, number, at(where, "number")), new TextRun({ children: [new Tab()] })];
}

/**
 * A section's heading: its number in the margin, its title, as Heading 1, kept with what follows
 * by the paragraph itself (a council's template may have a Heading 1 style that does not).
 */
export function sectionHeading(
  context: Context,
  number: string | undefined,
  title: string,
  where: Where,
): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    ...hanging,
    keepNext: true,
    keepLines: true,
    children: [...numbered(context, number, where), ...textRuns(context, title, at(where, "title"))],
  });
}

/** A numbered paragraph of a report: its number in the margin, then its blocks at the indent. */
export function paragraphChildren(context: Context, paragraph: ReportParagraph, where: Where): Paragraph[] {
  const [first, ...rest] = paragraph.content;
  const number = numbered(context, paragraph.number, where);
  const lead =
    first?.kind === "paragraph"
      ? [
          new Paragraph({
            ...hanging,
            children: [
              ...number,
              ...textRuns(
                context,
                first.text,
                at(where, "content", 0, "text"),
                first.strong ? { bold: true } : {},
              ),
            ],
          }),
        ]
      : [
          ...(number.length === 0
            ? []
            : [new Paragraph({ ...hanging, keepNext: true, spacing: { after: 0 }, children: number })]),
          ...(first === undefined
            ? []
            : blockParagraphs(context, first, at(where, "content", 0), "body", { indent: INDENT })),
        ];
  return [
    ...lead,
    ...rest.flatMap((block, i) =>
      blockParagraphs(context, block, at(where, "content", i + 1), "body", { indent: INDENT }),
    ),
  ];
}

/** A section of a report: its heading, then its numbered paragraphs. */
export function reportSection(
  context: Context,
  section: ReportSection,
  number: string | undefined,
  where: Where,
): FileChild[] {
  return [
    sectionHeading(context, number, section.title, where),
    ...section.paragraphs.flatMap((p, i) => paragraphChildren(context, p, at(where, "paragraphs", i))),
  ];
}
