import { readContentLine } from "../_internal/content-lines";
import { guarded } from "../_internal/guard";
import { type Block, Content, type Paragraph } from "./content";

/** A paragraph's line, with a backslash where the line would otherwise read as something else. */
function paragraphLine(block: Paragraph, last: Block | undefined): string {
  if (block.strong === true) return `**${block.text}**`;
  const reading = readContentLine(block.text, last);
  const same = reading.kind === "paragraph" && !reading.strong && reading.text === block.text;
  return same ? block.text : `\\${block.text}`;
}

function blockLines(block: Block, last: Block | undefined): string[] {
  const blank = new Array<string>(block.blankLinesBefore ?? 0).fill("");
  if (block.kind === "paragraph") return [...blank, paragraphLine(block, last)];
  switch (block.marker) {
    case "bullet":
      return [...blank, ...block.items.map((item) => `• ${item}`)];
    case "number":
      return [...blank, ...block.items.map((item, index) => `${(block.start ?? 1) + index}. ${item}`)];
    case "none":
      return [...blank, ...block.items.map((item) => `◦ ${item}`)];
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
 * that would read as something else where it stands starts with `\`. Two lists of the same kind
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
