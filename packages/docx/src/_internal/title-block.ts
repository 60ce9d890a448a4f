import { AlignmentType, type FileChild, HeadingLevel, Paragraph } from "docx";
import type { Context } from "./context";
import { textRuns } from "./text-runs";

/** A line under a title, with where its text comes from. */
export type TitleLine = { text: string; path: ReadonlyArray<string | number> };

/**
 * A document's title (Title style) with the lines under it (the body, the period), on the first
 * page of a document that has no cover.
 */
export function titleBlock(context: Context, title: string, lines: readonly TitleLine[]): FileChild[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.LEFT,
      spacing: { after: 120 },
      children: textRuns(context, title, { path: ["title"] }),
    }),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          spacing: { after: i === lines.length - 1 ? 240 : 0 },
          children: textRuns(context, line.text, { path: line.path }),
        }),
    ),
  ];
}
