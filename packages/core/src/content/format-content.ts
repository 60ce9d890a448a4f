import { readContentLine } from "../_internal/content-lines";
import { guarded } from "../_internal/guard";
import { hasMarks, hasNotation, readInline, sameRuns, writeInline } from "../_internal/inline-marks";
import { paragraphRuns } from "../_internal/paragraph-of-runs";
import { type Block, Content, type ListBlock, type Paragraph, type Run } from "./content";

/** Whether runs are plain text that the mark notation reads back unchanged (most cells). */
const plainText = (runs: readonly Run[]): boolean =>
  !hasMarks(runs) && runs.every((run) => !hasNotation(run.text));

/**
 * A paragraph's line: its runs in the mark notation, as written where that reads back the same,
 * else with a leading backslash (a line that would read as a list item) and escaped marks. The
 * escaped forms are made only when the plain ones do not read back.
 */
function paragraphLine(block: Paragraph, last: Block | undefined): string {
  if (block.runs === undefined && block.strong !== true && !hasNotation(block.text)) {
    const reading = readContentLine(block.text, last);
    if (reading.kind === "paragraph" && reading.text === block.text) return block.text;
  }
  const runs = paragraphRuns(block);
  const plain = writeInline(runs, false);
  const simple = plainText(runs);
  const readsBack = (line: string) => {
    const reading = readContentLine(line, last);
    if (reading.kind !== "paragraph") return false;
    return simple ? reading.text === plain : sameRuns(readInline(reading.text), runs);
  };
  const unescaped = [plain, `\\${plain}`].find(readsBack);
  if (unescaped !== undefined) return unescaped;
  const escaped = writeInline(runs, true);
  return [escaped, `\\${escaped}`].find(readsBack) ?? escaped;
}

/** An item's text in the mark notation, escaped only where it would not read back. */
function itemText(runs: readonly Run[]): string {
  const plain = writeInline(runs, false);
  if (plainText(runs)) return plain;
  return sameRuns(readInline(plain), runs) ? plain : writeInline(runs, true);
}

function itemTexts(block: ListBlock): string[] {
  return block.items.map((item, index) => {
    const runs = block.runs?.[index];
    if (runs === undefined) return hasNotation(item) ? itemText([{ text: item }]) : item;
    return itemText(runs);
  });
}

function blockLines(block: Block, last: Block | undefined): string[] {
  const blank = new Array<string>(block.blankLinesBefore ?? 0).fill("");
  if (block.kind === "paragraph") return [...blank, paragraphLine(block, last)];
  const items = itemTexts(block);
  switch (block.marker) {
    case "bullet":
      return [...blank, ...items.map((item) => `• ${item}`)];
    case "number":
      return [...blank, ...items.map((item, index) => `${(block.start ?? 1) + index}. ${item}`)];
    case "none":
      return [...blank, ...items.map((item) => `◦ ${item}`)];
    default: {
      const never: never = block.marker;
      return never;
    }
  }
}

/**
 * Writes content as plain text that {@link parseContent} reads back: one paragraph per line,
 * bullet items as `• item`, numbered items with their own numbers (`3. item`), unmarked list items
 * as `◦ item`, bold paragraphs as `**text**`, blank lines where `blankLinesBefore` says; a paragraph
 * that would read as a list item where it stands starts with `\`. Marks inside a line are written
 * `**bold**`, `_italic_`, `__underline__` and `^superscript^`; where the text itself holds `*`,
 * `_` or `^` that would read as a mark, each gets a backslash (`\*`), so content without marks
 * comes out as it always has unless its text looks like the notation. Two lists of the same kind
 * side by side (a numbered one continuing the other's numbers) read back as one list, so separate
 * them with a paragraph or a blank line.
 *
 * @param content - Paragraphs and lists.
 * @returns The text, lines joined with `\n`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * formatContent([
 *   { kind: "paragraph", text: "Milestones:" },
 *   { kind: "list", marker: "bullet", items: ["Audit carried out", "Report published"] },
 * ]);
 * // "Milestones:\n• Audit carried out\n• Report published"
 * ```
 */
export function formatContent(content: Content): string {
  return guarded(
    "formatContent",
    () => [["content", Content, content]],
    () => formatContentOf(content),
  );
}

function formatContentOf(content: Content): string {
  const lines: string[] = [];
  content.forEach((block, index) => {
    const last = block.blankLinesBefore === undefined ? content[index - 1] : undefined;
    for (const line of blockLines(block, last)) lines.push(line);
  });
  return lines.join("\n");
}
