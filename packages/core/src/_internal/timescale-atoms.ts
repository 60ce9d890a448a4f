import type { Severity } from "../issue/issue";
import type { DateSpan, Interval } from "../timescale/timescale";
import { DATE_MATCHERS } from "./date-matchers";
import { WORD_MATCHERS } from "./word-matchers";
import type { WordToken } from "./word-tokens";

/** What a recognised piece of timescale wording means, before its neighbours are looked at. */
export type AtomBody =
  | { kind: "span"; span: DateSpan }
  | { kind: "range"; from: DateSpan; to: DateSpan }
  | { kind: "plan-years"; from: number; to: number }
  | { kind: "duration"; min: number; max: number; unit: "week" | "month" | "year" }
  | { kind: "frequency"; interval: Interval }
  | { kind: "ongoing" | "immediate" | "tba" | "thereafter" }
  | { kind: "problem"; code: string; severity: Severity; message: string };

/** A recognised piece of wording: tokens `first` to `next - 1`, characters `index` to `end - 1`. */
export type Atom = AtomBody & { first: number; next: number; index: number; end: number };

/** A matcher's answer: what the tokens from `i` mean, and the index of the first token after them. */
export type Found = AtomBody & { next: number };

/** Reads the tokens at `i`, looking ahead a bounded number of tokens, or answers `undefined`. */
export type Matcher = (tokens: readonly WordToken[], i: number) => Found | undefined;

/** In priority order: at each token the first matcher that answers wins. */
const MATCHERS: readonly Matcher[] = /* @__PURE__ */ (() => [...DATE_MATCHERS, ...WORD_MATCHERS])();

function matchAt(tokens: readonly WordToken[], i: number): Found | undefined {
  for (const matcher of MATCHERS) {
    const found = matcher(tokens, i);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Every recognised piece of wording in a line, left to right, none overlapping: one pass over the
 * tokens, each matcher looking a bounded number of tokens ahead, so the time is linear in the line.
 */
export function scanAtoms(tokens: readonly WordToken[]): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < tokens.length) {
    // No matcher starts at a punctuation mark (each starts with a word or a number).
    const found = (tokens[i] as WordToken).kind === "punct" ? undefined : matchAt(tokens, i);
    if (found === undefined || found.next <= i) {
      i++;
      continue;
    }
    const index = (tokens[i] as WordToken).index;
    const end = (tokens[found.next - 1] as WordToken).end;
    atoms.push({ ...found, first: i, index, end });
    i = found.next;
  }
  return atoms;
}
