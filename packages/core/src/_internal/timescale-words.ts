import { MONTH_NAMES } from "./month-names";
import { ownEntry } from "./own-entry";
import type { WordToken } from "./word-tokens";

// The vocabulary of timescale wording, and small tests on tokens used by the matchers.

/** A month's name, its first three letters, and "sept", in lower case, to its number 1-12. */
const MONTH_WORDS: Readonly<Record<string, number>> = /* @__PURE__ */ (() => {
  const words: Record<string, number> = { sept: 9 };
  MONTH_NAMES.forEach((name, index) => {
    words[name.toLowerCase()] = index + 1;
    words[name.slice(0, 3).toLowerCase()] = index + 1;
  });
  return words;
})();

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
};

/** The month (1-12) a word names, if it names one. */
export function monthOf(token: WordToken | undefined): number | undefined {
  return token?.kind === "word" ? ownEntry(MONTH_WORDS, token.lower) : undefined;
}

/** A count written in digits (1-2 of them) or as a word (`three`). */
export function countOf(token: WordToken | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (token.kind === "number") return token.text.length <= 2 ? Number(token.text) : undefined;
  return token.kind === "word" ? ownEntry(NUMBER_WORDS, token.lower) : undefined;
}

export const isWord = (token: WordToken | undefined, ...words: string[]): boolean =>
  token?.kind === "word" && words.includes(token.lower);

export const isPunct = (token: WordToken | undefined, ...marks: string[]): boolean =>
  token?.kind === "punct" && marks.includes(token.text);

/** Two tokens written with nothing between them. */
export const touching = (a: WordToken | undefined, b: WordToken | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.index;

export const DASHES = ["-", "–", "—", "‐", "‑"];

/** A unit of time as a word, singular or plural. */
export function unitOf(token: WordToken | undefined): "week" | "month" | "year" | undefined {
  if (token?.kind !== "word") return undefined;
  if (["year", "years", "yr", "yrs"].includes(token.lower)) return "year";
  if (["month", "months", "mth", "mths"].includes(token.lower)) return "month";
  return ["week", "weeks", "wk", "wks"].includes(token.lower) ? "week" : undefined;
}
