import type { StatusRule } from "../status/status-rule";

/** A rule that matched in a sentence: where its match ends, and the sentence as written. */
export type Signal = { rule: StatusRule; sentence: number; end: number; words: string };

/** Wording as the rules read it: lower case, typographic quotes plain, spaces collapsed. */
export const readable = (text: string) =>
  text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();

const globals = new WeakMap<RegExp, RegExp>();

function global(pattern: RegExp): RegExp {
  const known = globals.get(pattern);
  if (known !== undefined) return known;
  const made = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  globals.set(pattern, made);
  return made;
}

/** Where the last match of a pattern in a text ends, or -1. */
function lastEnd(pattern: RegExp, text: string): number {
  const search = global(pattern);
  search.lastIndex = 0;
  let end = -1;
  // `test` moves lastIndex to each match's end without making a match array; a match that
  // ends where the search began is empty, and the search steps past it.
  for (let from = 0; search.test(text); from = search.lastIndex) {
    end = search.lastIndex;
    if (end === from) search.lastIndex += 1;
  }
  return end;
}

/**
 * The sentences of some wording (paragraphs, then sentences ending in `.`, `;`, `!` or `?`) and
 * every non-`term` rule that matches in each.
 */
export function statusSignals(wording: string, rules: readonly StatusRule[]): Signal[] {
  const sentences = wording.split(/\n+|(?<=[.;!?])\s+/).filter((s) => s.trim() !== "");
  const sentenceRules = rules.filter((rule) => rule.kind !== "term");
  return sentences.flatMap((words, sentence) => {
    const text = readable(words);
    return sentenceRules.flatMap((rule) => {
      const end = lastEnd(rule.pattern, text);
      return end < 0 ? [] : [{ rule, sentence, end, words: words.trim() }];
    });
  });
}
