import { HeadingLevel, Paragraph } from "docx";
import type { Context, Where } from "./context";
import { textRuns } from "./text-runs";

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Options of a heading: a page break before it, tight spacing. */
export type HeadingLook = { pageBreakBefore?: boolean; tight?: boolean };

/**
 * A real heading (Heading 1-6 style), so readers and screen readers can navigate by it, kept with
 * what follows by the paragraph itself, whatever a council template's heading style says.
 */
export function heading(
  context: Context,
  level: number,
  text: string,
  where: Where,
  look: HeadingLook = {},
): Paragraph {
  const runs = textRuns(context, text, where);
  return new Paragraph({
    heading: LEVELS[Math.min(Math.max(level, 1), 6) - 1],
    keepNext: true,
    keepLines: true,
    ...(look.pageBreakBefore === true ? { pageBreakBefore: true } : {}),
    ...(look.tight === true ? { spacing: { before: 40, after: 40 } } : {}),
    children: runs,
  });
}

/** A theme's heading as written: number and title. */
export const themeHeading = (theme: { number?: string; title?: string }): string =>
  [theme.number, theme.title].filter((part) => part !== undefined && part.length > 0).join(" ");
