import type { Plan } from "@cja-kit/core";
import { AlignmentType, type FileChild, HeadingLevel, Paragraph, TableOfContents } from "docx";
import { chapterChildren } from "./chapter";
import type { Context } from "./context";
import { glossary } from "./glossary";
import { STYLE } from "./styles";
import { textRuns } from "./text-runs";

/**
 * The cover: authority lines, the title (Title style), a subtitle, and the address lines. A cover
 * line that is the title itself (West Dunbartonshire 2017-18 opens with it) is the title, printed
 * once where the cover has it.
 */
export function cover(
  context: Context,
  plan: Plan,
  title: string | undefined,
  subtitle?: string,
): FileChild[] {
  const line = (text: string, style: string, where: ReadonlyArray<string | number>) =>
    new Paragraph({ style, children: textRuns(context, text, { path: where }) });
  const lines = plan.cover?.lines ?? [];
  const titled = title === undefined ? [] : [titleParagraph(context, title)];
  const at = title === undefined ? -1 : lines.indexOf(title);
  return [
    ...lines.flatMap((text, i) => (i === at ? titled : [line(text, STYLE.coverLine, ["cover", "lines", i])])),
    ...(at >= 0 ? [] : titled),
    ...(subtitle === undefined ? [] : [line(subtitle, STYLE.coverLine, ["progress", "title"])]),
    ...(plan.cover?.address ?? []).map((text, i) => line(text, STYLE.address, ["cover", "address", i])),
  ];
}

const titleParagraph = (context: Context, title: string) =>
  new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: { before: 480, after: 240 },
    children: textRuns(context, title, { path: ["title"] }),
  });

/**
 * The contents page: the plan's own heading for it ("CONTENTS") and page column label ("PAGE"),
 * then a real Word table of contents of the document's chapters (Heading 1), which Word updates
 * when it opens the document. Its entries are written from the headings with their page numbers
 * worked out when the document is packed, so LibreOffice and a PDF show them too. The contents as
 * the source printed it (its pages are the source's) is not copied.
 */
export function contents(context: Context, plan: Plan): FileChild[] {
  const c = plan.contents;
  if (c === undefined) return [];
  return [
    new Paragraph({
      style: STYLE.contentsHeading,
      pageBreakBefore: true,
      children: textRuns(context, c.heading, { path: ["contents", "heading"] }),
    }),
    ...(c.pageHeading === undefined
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: textRuns(context, c.pageHeading, { path: ["contents", "pageHeading"] }, { bold: true }),
          }),
        ]),
    new TableOfContents(c.heading, { hyperlink: true, headingStyleRange: "1-1", beginDirty: true }),
  ];
}

/** Cover, contents, glossary and narrative chapters: the portrait front of a plan. */
export function frontMatter(
  context: Context,
  plan: Plan,
  title: string | undefined,
  subtitle: string | undefined,
  page: { width: number; height: number },
): FileChild[] {
  return [
    ...cover(context, plan, title, subtitle),
    ...contents(context, plan),
    ...glossary(context, plan, page),
    ...(plan.chapters ?? []).flatMap((chapter, i) =>
      chapterChildren(context, chapter, { path: ["chapters", i] }, page, {
        level: 1,
        pageBreakBefore: true,
      }),
    ),
  ];
}
