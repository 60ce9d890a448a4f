import type { Block, Content } from "./content";

/** Lines that would read back as something else get a leading backslash. */
const NEEDS_ESCAPE = /^(\\|• |◦ |\*\*|\d+\. )/;

function escapeLine(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `\\${text}` : text;
}

function blockLines(block: Block): string[] {
  if (block.kind === "paragraph") {
    const text = escapeLine(block.text);
    return [block.strong === true ? `**${text}**` : text];
  }
  switch (block.marker) {
    case "bullet":
      return block.items.map((item) => `• ${item}`);
    case "number":
      return block.items.map((item, index) => `${index + 1}. ${item}`);
    case "none":
      return block.items.map((item) => `◦ ${item}`);
    default: {
      const never: never = block.marker;
      return never;
    }
  }
}

/**
 * Writes content as plain text that {@link parseContent} reads back: one paragraph per line,
 * bullet items as `• item`, numbered items as `1. item`, unmarked list items as `◦ item`,
 * bold paragraphs as `**text**`; a paragraph that would read as one of those starts with `\`.
 * Two lists of the same kind side by side read back as one list, so separate them with a paragraph.
 *
 * @param content - Paragraphs and lists.
 * @returns The text, lines joined with `\n`.
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
  return content.flatMap(blockLines).join("\n");
}
