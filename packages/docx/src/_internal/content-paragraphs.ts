import type { Block, Content } from "@cja-kit/core";
import { Paragraph } from "docx";
import { at, type Context, type Where } from "./context";
import { LIST, STYLE } from "./styles";
import { markedRuns, textRuns } from "./text-runs";

/** Where content goes: body text or a table cell (smaller text, smaller indents). */
export type Place = "body" | "cell";

/** How content is set: the first paragraph in bold, an extra left indent, kept with what follows. */
export type ContentLook = { boldFirst?: boolean; indent?: number; keepNext?: boolean };

function listParagraphs(
  context: Context,
  block: Extract<Block, { kind: "list" }>,
  where: Where,
  place: Place,
  look: { indent: number; keepNext: boolean },
): Paragraph[] {
  const { indent } = look;
  const style = place === "cell" ? STYLE.cell : undefined;
  const reference =
    block.marker === "bullet"
      ? place === "cell"
        ? LIST.cellBullet
        : LIST.bullet
      : place === "cell"
        ? LIST.cellNumber
        : LIST.number;
  const instance = block.marker === "number" ? context.nextList() : 0;
  return block.items.map(
    (item, k) =>
      new Paragraph({
        ...(style === undefined ? {} : { style }),
        ...(look.keepNext ? { keepNext: true } : {}),
        ...(block.marker === "none"
          ? { indent: { left: indent + (place === "cell" ? 0 : 360) } }
          : {
              numbering: { reference, level: 0, instance },
              ...(indent === 0 ? {} : { indent: { left: indent + 360, hanging: 360 } }),
            }),
        children:
          block.runs?.[k] === undefined
            ? textRuns(context, item, at(where, "items", k))
            : markedRuns(context, block.runs[k], at(where, "runs", k)),
      }),
  );
}

/** Paragraphs for one block at `where`: a paragraph (bold where `strong`) or a list. */
export function blockParagraphs(
  context: Context,
  block: Block,
  where: Where,
  place: Place,
  look: ContentLook & { bold?: boolean } = {},
): Paragraph[] {
  const indent = look.indent ?? 0;
  const keepNext = look.keepNext === true;
  if (block.kind === "list") return listParagraphs(context, block, where, place, { indent, keepNext });
  const bold = block.strong === true || look.bold === true;
  return [
    new Paragraph({
      ...(place === "cell" ? { style: STYLE.cell } : {}),
      ...(keepNext ? { keepNext: true } : {}),
      ...(indent === 0 ? {} : { indent: { left: indent } }),
      children:
        block.runs === undefined
          ? textRuns(context, block.text, at(where, "text"), bold ? { bold } : {})
          : markedRuns(context, block.runs, at(where, "runs"), bold ? { bold } : {}),
    }),
  ];
}

/** Paragraphs for content: paragraphs (bold where `strong`) and lists with real bullets and numbers. */
export function contentParagraphs(
  context: Context,
  content: Content,
  where: Where,
  place: Place,
  look: ContentLook = {},
): Paragraph[] {
  return content.flatMap((block, index) =>
    blockParagraphs(context, block, at(where, index), place, {
      ...look,
      bold: look.boldFirst === true && index === 0,
    }),
  );
}
