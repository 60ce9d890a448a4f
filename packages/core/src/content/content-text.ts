import type { Content } from "./content";

/**
 * The plain text of content: one line per paragraph or list item, without markers.
 *
 * @param content - Paragraphs and lists.
 * @returns The lines joined with `\n`.
 * @example
 * ```ts
 * contentText([{ kind: "paragraph", text: "On target" }]); // "On target"
 * ```
 */
export function contentText(content: Content): string {
  return content.flatMap((block) => (block.kind === "paragraph" ? [block.text] : block.items)).join("\n");
}
