import type { Rag } from "../../status/rag";

const WORDS: ReadonlyMap<string, Rag> = /* @__PURE__ */ new Map([
  ["red", "red"],
  ["r", "red"],
  ["amber", "amber"],
  ["a", "amber"],
  ["yellow", "amber"],
  ["green", "green"],
  ["g", "green"],
  ["not rated", "not-rated"],
  ["not-rated", "not-rated"],
  ["n/a", "not-rated"],
]);

/** A rating as a return writes it ("Green", "AMBER", "R"); `undefined` for other wording, never guessed. */
export function parseRag(text: string): Rag | undefined {
  return WORDS.get(text.trim().toLowerCase().replace(/\s+/g, " "));
}
