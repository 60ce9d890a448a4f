import { usageError } from "../_internal/guard";
import type { Content } from "./content";

/**
 * Content made of plain paragraphs, one per argument; empty strings are skipped.
 *
 * @param texts - Each paragraph's text.
 * @returns The paragraphs as {@link Content}.
 * @throws CjaKitError `usage/invalid-argument` when a text is not a string.
 * @example
 * ```ts
 * paragraphs("Existing resources", "Costs to be scoped and resource identified");
 * // [{ kind: "paragraph", text: "Existing resources" }, { kind: "paragraph", text: "Costs to be scoped and resource identified" }]
 * ```
 */
export function paragraphs(...texts: string[]): Content {
  for (const [index, text] of texts.entries())
    if (typeof text !== "string") throw usageError("paragraphs", `text ${index + 1} as a string`, text);
  return texts.filter((text) => text.length > 0).map((text) => ({ kind: "paragraph", text }));
}
