import type { Chapter, ChapterBlock } from "@cja-kit/core";
import type { FileChild } from "docx";
import { blockParagraphs } from "./content-paragraphs";
import { at, type Context, type Where } from "./context";
import { heading } from "./heading";
import { outcomeList } from "./outcome-list";

function block(
  context: Context,
  b: ChapterBlock,
  where: Where,
  level: number,
  page: { width: number; height: number },
): FileChild[] {
  switch (b.kind) {
    case "paragraph":
    case "list":
      return blockParagraphs(context, b, where, "body");
    case "heading":
      return [heading(context, level + b.level, b.text, at(where, "text"))];
    case "outcome-list":
      return outcomeList(context, b, where, page);
    default: {
      const never: never = b;
      return never;
    }
  }
}

/** Options of a chapter: its heading level, a page break before it. */
export type ChapterLook = { level: number; pageBreakBefore?: boolean };

/** A narrative chapter or appendix: its title as a heading, then its blocks. */
export function chapterChildren(
  context: Context,
  chapter: Chapter,
  where: Where,
  page: { width: number; height: number },
  look: ChapterLook,
): FileChild[] {
  return [
    heading(context, look.level, chapter.title, at(where, "title"), {
      ...(look.pageBreakBefore === true ? { pageBreakBefore: true } : {}),
    }),
    ...chapter.blocks.flatMap((b, i) => block(context, b, at(where, "blocks", i), look.level, page)),
  ];
}
