import type { WordToken } from "./word-tokens";

/** What the words just before a date do to it. */
export type Modifier = {
  kind: "date" | "by" | "from" | "event";
  /** Token index where the label ends: the modifier's own words are not part of it. */
  labelEnd: number;
  /** A word that narrows or shifts the date (`mid`, `after`): kept (`keep`) or not read at all (`drop`). */
  qualifier?: { words: string; mode: "keep" | "drop" };
};

const BY: readonly string[][] = [
  ["by"],
  ["end", "of"],
  ["end", "of", "the"],
  ["end"],
  ["no", "later", "than"],
  ["not", "later", "than"],
  ["until"],
  ["till"],
  ["due"],
  ["deadline"],
  ["before"],
];
const BY_LEAD = ["by", "the", "at"];
const FROM: readonly string[][] = [
  ["from"],
  ["since"],
  ["starting"],
  ["starting", "in"],
  ["starting", "on"],
  ["commencing"],
  ["commencing", "in"],
  ["commencing", "on"],
  ["beginning"],
  ["beginning", "in"],
  ["start"],
  ["starts"],
  ["start", "in"],
  ["begins"],
  ["begin", "in"],
];
const KEEP: readonly string[][] = [
  ["early"],
  ["mid"],
  ["middle", "of"],
  ["late"],
  ["approx"],
  ["approximately"],
  ["circa"],
  ["ca"],
  ["c"],
  ["around"],
  ["about"],
  ["roughly"],
  ["estimated"],
  ["est"],
  ["provisionally"],
  ["provisional"],
  ["tentatively"],
  ["indicative"],
  ["beginning", "of"],
  ["start", "of"],
  ["spring"],
  ["summer"],
  ["autumn"],
  ["winter"],
  ["w", "c"],
  ["week", "commencing"],
  ["before"],
];
const DROP: readonly string[][] = [
  ["after"],
  ["post"],
  ["following"],
  ["beyond"],
  ["prior", "to"],
  ["pre"],
  ["not", "before"],
  ["no", "earlier", "than"],
  ["not", "until"],
  ["later", "than"],
];
const EVENT_VERBS = ["held", "provided", "presented", "received", "occurred", "happened", "met"];
const FUTURE = ["be", "to", "will", "shall", "would", "should", "must", "can", "being"];
/** How far back the words before a date are read: enough for "presented to the Board". */
const LOOK_BACK = 8;

function endsWith(words: readonly string[], phrases: readonly string[][]): string[] | undefined {
  let best: string[] | undefined;
  for (const phrase of phrases) {
    if (phrase.length > words.length || (best !== undefined && best.length >= phrase.length)) continue;
    if (phrase.every((word, k) => words[words.length - phrase.length + k] === word)) best = phrase;
  }
  return best;
}

/** The last words before token `to` (back to `from`), lower case, with their token indices. */
function wordsBefore(tokens: readonly WordToken[], from: number, to: number) {
  const words: string[] = [];
  const at: number[] = [];
  for (let k = Math.max(from, to - LOOK_BACK); k < to; k++) {
    const token = tokens[k] as WordToken;
    if (token.kind !== "word") continue;
    words.push(token.lower);
    at.push(k);
  }
  return { words, at };
}

const PAST_AUXILIARIES = ["was", "were", "been"];

/** Something that happened: an event verb not in the future, or "was/were/has been" and a verb. */
function isEvent(words: readonly string[]): boolean {
  const took = words.findIndex((word, k) => word === "took" && words[k + 1] === "place");
  const verb = took >= 0 ? took : words.findIndex((word) => EVENT_VERBS.includes(word));
  if (verb >= 0 && !FUTURE.includes(words[verb - 1] ?? "")) return true;
  const auxiliary = words.findIndex((word) => PAST_AUXILIARIES.includes(word));
  return auxiliary >= 0 && auxiliary < words.length - 1 && words.at(-1) !== "to";
}

/**
 * Reads the words before a date (from the end of the previous part, at most {@link LOOK_BACK}
 * tokens back): a deadline (`by`, `end of`), a start (`from`, `since`), an event that happened
 * (`Held on`, `Monies provided`, `presented to the Board`), or a qualifier no date can hold.
 */
export function modifierBefore(tokens: readonly WordToken[], from: number, to: number): Modifier {
  const { words, at } = wordsBefore(tokens, from, to);
  const qualifier = qualifierOf(words);
  const by = endsWith(words, BY);
  if (by !== undefined) return { kind: "by", labelEnd: byStart(words, at, by.length, to), ...qualifier };
  const start = endsWith(words, FROM);
  if (start !== undefined) {
    const labelEnd = at[words.length - start.length] ?? to;
    return { kind: "from", labelEnd, ...qualifier };
  }
  return { kind: isEvent(words) ? "event" : "date", labelEnd: to, ...qualifier };
}

function byStart(words: readonly string[], at: readonly number[], length: number, to: number): number {
  let first = words.length - length;
  while (first > 0 && BY_LEAD.includes(words[first - 1] ?? "")) first--;
  return at[first] ?? to;
}

function qualifierOf(words: readonly string[]): Pick<Modifier, "qualifier"> {
  const drop = endsWith(words, DROP);
  if (drop !== undefined) return { qualifier: { words: drop.join(" "), mode: "drop" } };
  const keep = endsWith(words, KEEP);
  return keep === undefined ? {} : { qualifier: { words: keep.join(" "), mode: "keep" } };
}
