import { guarded } from "../_internal/guard";
import { Content } from "./content";

/**
 * The plain text of content: one line per paragraph or list item, without markers.
 *
 * @param content - Paragraphs and lists.
 * @returns The lines joined with `\n`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * contentText([{ kind: "paragraph", text: "On target" }]); // "On target"
 * ```
 */
export function contentText(content: Content): string {
  return guarded(
    "contentText",
    () => [["content", Content, content]],
    () => contentTextOf(content),
  );
}

function contentTextOf(content: Content): string {
  return content.flatMap((block) => (block.kind === "paragraph" ? [block.text] : block.items)).join("\n");
}
