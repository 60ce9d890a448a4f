import { type LineReading, nextNumber, readContentLine } from "../_internal/content-lines";
import type { Block, Content } from "./content";

function blockOf(reading: LineReading, blankLines: number): Block {
  const before = blankLines > 0 ? { blankLinesBefore: blankLines } : {};
  if (reading.kind === "paragraph")
    return reading.strong
      ? { kind: "paragraph", text: reading.text, strong: true, ...before }
      : { kind: "paragraph", text: reading.text, ...before };
  const start = reading.number !== undefined && reading.number !== 1 ? { start: reading.number } : {};
  return { kind: "list", marker: reading.marker, items: [reading.text], ...start, ...before };
}

function continues(last: Block | undefined, reading: LineReading): boolean {
  if (reading.kind !== "item" || last?.kind !== "list" || last.marker !== reading.marker) return false;
  return reading.marker !== "number" || reading.number === nextNumber(last);
}

/**
 * Reads the plain-text form written by {@link formatContent} (and the way people type cells) into
 * paragraphs and lists, keeping what was written: a numbered list keeps its numbers (`3. Third`
 * starts a list at 3, and a number that does not follow on starts a new list), a number of four or
 * more digits does not start a list (`2010. Review of the registration scheme` is a paragraph),
 * blank lines (leading ones too) are kept as `blankLinesBefore`. Line ends `\r\n` and `\r` read as
 * `\n`; lines of only spaces read as blank lines; trailing blank lines are not content. Linear in
 * the text. Text that is not a string reads as no content.
 *
 * @param text - The text of a cell or field.
 * @returns The content; empty for empty text.
 * @example
 * ```ts
 * parseContent("Milestones:\n• Audit carried out\n• Report published");
 * // [{ kind: "paragraph", text: "Milestones:" }, { kind: "list", marker: "bullet", items: ["Audit carried out", "Report published"] }]
 * parseContent("1. First\n3. Third");
 * // [{ kind: "list", marker: "number", items: ["First"] }, { kind: "list", marker: "number", items: ["Third"], start: 3 }]
 * ```
 */
export function parseContent(text: string): Content {
  if (typeof text !== "string") return [];
  const blocks: Block[] = [];
  let blankLines = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (!/\S/.test(line)) {
      blankLines++;
      continue;
    }
    const last = blankLines === 0 ? blocks.at(-1) : undefined;
    const reading = readContentLine(line, last);
    if (reading.kind === "item" && last?.kind === "list" && continues(last, reading))
      last.items.push(reading.text);
    else blocks.push(blockOf(reading, blankLines));
    blankLines = 0;
  }
  return blocks;
}
