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
  for (let match = search.exec(text); match !== null; match = search.exec(text)) {
    end = match.index + match[0].length;
    if (match[0].length === 0) search.lastIndex += 1;
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
