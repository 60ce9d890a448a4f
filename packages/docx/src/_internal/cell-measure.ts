import type { Content, Run } from "@cja-kit/core";
import { lineCount, textWidth, words } from "./text-measure";

/** A paragraph of a cell as measured: its text, its list indent in twips, bold or not. */
export type MeasuredParagraph = { text: string; indent: number; bold: boolean };

/** A cell's left and right margins together, and its top and bottom, in twips (see `table.ts`). */
export const CELL_MARGIN = { across: 170, down: 114 };
/** The space after each paragraph of a cell, in twips (the Table Text style). */
export const AFTER = 60;
/** The list indents of a table cell, in twips (the cell lists of `styles.ts`). */
const LIST_INDENT = { bullet: 284, number: 340, none: 0 } as const;

/** A line's height in twips at a size in half-points: Arial's line spacing is 1.15 of its size. */
export const lineHeight = (halfPoints: number): number => Math.ceil(halfPoints * 10 * 1.15);

// A line with a bold run is measured as bold throughout: a little taller, never too short.
const anyBold = (runs: readonly Run[] | undefined): boolean =>
  runs?.some((run) => run.bold === true) === true;

/** The paragraphs of some content as a cell sets them: the first in bold where asked. */
export function contentMeasures(content: Content, boldFirst = false): MeasuredParagraph[] {
  return content.flatMap((block, i) =>
    block.kind === "paragraph"
      ? [
          {
            text: block.text,
            indent: 0,
            bold: block.strong === true || (boldFirst && i === 0) || anyBold(block.runs),
          },
        ]
      : block.items.map((text, k) => ({
          text,
          indent: LIST_INDENT[block.marker],
          bold: anyBold(block.runs?.[k]),
        })),
  );
}

/** The height of a cell's paragraphs in twips at a column width, lines wrapped as Word wraps them. */
export function cellHeight(
  paragraphs: readonly MeasuredParagraph[],
  width: number,
  halfPoints: number,
): number {
  const room = width - CELL_MARGIN.across;
  const lines = paragraphs.reduce(
    (sum, p) => sum + lineCount(p.text, room - p.indent, halfPoints, p.bold),
    0,
  );
  return Math.max(lines, 1) * lineHeight(halfPoints) + Math.max(paragraphs.length, 1) * AFTER;
}

/** The height of a row in twips: its tallest cell's, with the cell margins. */
export const rowHeight = (
  cells: ReadonlyArray<readonly MeasuredParagraph[]>,
  widths: readonly number[],
  halfPoints: number,
): number =>
  Math.max(...cells.map((cell, i) => cellHeight(cell, widths[i] ?? 0, halfPoints)), 0) + CELL_MARGIN.down;

/**
 * The width in twips of a cell's longest word, up to `cap` twips: a bold paragraph (a label, a
 * key-measure number with its outcome references) breaks only at spaces, other text also after a
 * hyphen or slash, as Word may break it.
 */
export const longestWordWidth = (
  paragraphs: readonly MeasuredParagraph[],
  halfPoints: number,
  cap: number,
): number =>
  Math.min(
    cap,
    paragraphs.reduce(
      (most, p) =>
        (p.bold ? p.text.split(/\s+/) : words(p.text)).reduce(
          (m, word) => Math.max(m, textWidth(word, halfPoints, p.bold) + p.indent),
          most,
        ),
      0,
    ),
  );
