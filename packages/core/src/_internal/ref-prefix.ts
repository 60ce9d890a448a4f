import { isPunct, isWord, touching } from "./timescale-words";
import type { WordToken } from "./word-tokens";

type Tokens = readonly WordToken[];

/** Words that name a framework in front of "outcome": `SG National Outcome 9`, `CJPF outcome 3`. */
const NAMED: ReadonlyArray<{ words: readonly string[]; framework: string }> = [
  { words: ["scottish", "government"], framework: "sg-national-outcomes-2007" },
  { words: ["sg"], framework: "sg-national-outcomes-2007" },
  { words: ["npf"], framework: "sg-national-outcomes-2007" },
  { words: ["community", "justice", "performance", "framework"], framework: "cjpf-2023" },
  { words: ["cjpf"], framework: "cjpf-2023" },
  { words: ["opi"], framework: "cj-opi-2016" },
  { words: ["opif"], framework: "cj-opi-2016" },
  { words: ["nab"], framework: "nab-2008" },
  { words: ["nsmo"], framework: "nsmo-2006" },
];

/** A prefix before outcome codes: which framework it names, if any, and whether it says "national". */
export type RefPrefix = { next: number; named?: string; national: boolean };

function namedAt(tokens: Tokens, i: number): { framework: string; next: number } | undefined {
  for (const { words, framework } of NAMED) {
    if (words.every((word, k) => isWord(tokens[i + k], word))) return { framework, next: i + words.length };
  }
  return undefined;
}

/**
 * `Outcome`, `Outcomes`, `National Outcome`, `Local outcome`, `NO` (in `NO1`, `NO 1`), with words
 * naming a framework before them (`SG National Outcome`, `CJPF outcome`).
 */
export function refPrefixAt(tokens: Tokens, i: number): RefPrefix | undefined {
  const named = namedAt(tokens, i);
  let k = named?.next ?? i;
  if (isWord(tokens[k], "no") && (tokens[k + 1]?.kind === "number" || isPunct(tokens[k + 1], "."))) {
    const dot = isPunct(tokens[k + 1], ".") && touching(tokens[k], tokens[k + 1]) ? 1 : 0;
    return tokens[k + 1 + dot]?.kind === "number"
      ? { next: k + 1 + dot, national: true, ...named0(named) }
      : undefined;
  }
  const national = isWord(tokens[k], "national");
  if (national || isWord(tokens[k], "local")) k++;
  if (!isWord(tokens[k], "outcome", "outcomes")) return undefined;
  return { next: k + 1, national, ...named0(named) };
}

const named0 = (named: { framework: string } | undefined) =>
  named === undefined ? {} : { named: named.framework };

/** `Section 4`, `Aim 2`, `Priority Action 3`, `Priority 1` of a strategy: a reference that is not an outcome. */
export function sectionAt(tokens: Tokens, i: number): number | undefined {
  let k = i;
  if (isWord(tokens[k], "section", "aim", "chapter", "para", "paragraph")) k++;
  else if (isWord(tokens[k], "priority")) k += isWord(tokens[k + 1], "action", "actions") ? 2 : 1;
  else return undefined;
  if (tokens[k]?.kind !== "number") return undefined;
  k++;
  while (isPunct(tokens[k], ".") && tokens[k + 1]?.kind === "number" && touching(tokens[k], tokens[k + 1]))
    k += 2;
  return k;
}
