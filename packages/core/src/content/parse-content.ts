import { type LineReading, nextNumber, readContentLine } from "../_internal/content-lines";
import { hasMarks, readInline } from "../_internal/inline-marks";
import { paragraphOfRuns } from "../_internal/paragraph-of-runs";
import type { Block, Content, ListBlock, Run } from "./content";

const joined = (runs: readonly Run[]): string => runs.map((run) => run.text).join("");

function blockOf(reading: LineReading, blankLines: number): Block {
  const before = blankLines > 0 ? { blankLinesBefore: blankLines } : {};
  const runs = readInline(reading.text);
  if (reading.kind === "paragraph")
    return blankLines > 0 ? { ...paragraphOfRuns(runs), ...before } : paragraphOfRuns(runs);
  const start = reading.number !== undefined && reading.number !== 1 ? { start: reading.number } : {};
  const marked = hasMarks(runs) ? { runs: [runs] } : {};
  return { kind: "list", marker: reading.marker, items: [joined(runs)], ...start, ...marked, ...before };
}

/** Adds an item to a list read so far; the first marked item gives every item its runs. */
function addItem(list: ListBlock, text: string): void {
  const runs = readInline(text);
  list.items.push(joined(runs));
  if (list.runs === undefined && !hasMarks(runs)) return;
  list.runs ??= list.items.slice(0, -1).map((item) => [{ text: item }]);
  list.runs.push(runs);
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
 * Inside a line, marks read as `**bold**`, `_italic_`, `__underline__` and `^superscript^`
 * (`5^th^ June`); a line bold throughout is a `strong` paragraph. A mark needs its closing
 * delimiter on the same line and some text between the two, so a lone `*`, `_` or `^` is text; a
 * backslash before `*`, `_` or `^` makes it text (`\*`), and two backslashes there are one.
 *
 * @param text - The text of a cell or field.
 * @returns The content; empty for empty text.
 * @example
 * ```ts
 * parseContent("Milestones:\n• Audit carried out\n• Report published");
 * // [{ kind: "paragraph", text: "Milestones:" }, { kind: "list", marker: "bullet", items: ["Audit carried out", "Report published"] }]
 * parseContent("Adopted at the meeting on 5^th^ June 2008");
 * // [{ kind: "paragraph", text: "Adopted at the meeting on 5th June 2008", runs: [{ text: "Adopted at the meeting on 5" }, { text: "th", superscript: true }, { text: " June 2008" }] }]
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
      addItem(last, reading.text);
    else blocks.push(blockOf(reading, blankLines));
    blankLines = 0;
  }
  return blocks;
}
