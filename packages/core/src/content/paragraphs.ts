import type { Content } from "./content";

/**
 * Content made of plain paragraphs, one per argument; empty strings are skipped.
 *
 * @param texts - Each paragraph's text.
 * @returns The paragraphs as {@link Content}.
 * @example
 * ```ts
 * paragraphs("Existing resources", "Costs to be scoped and resource identified");
 * // [{ kind: "paragraph", text: "Existing resources" }, { kind: "paragraph", text: "Costs to be scoped and resource identified" }]
 * ```
 */
export function paragraphs(...texts: string[]): Content {
  return texts.filter((text) => text.length > 0).map((text) => ({ kind: "paragraph", text }));
}
