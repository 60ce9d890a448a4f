import type { Severity } from "../issue/issue";
import type { DateSpan } from "../timescale/timescale";
import { financialYearSpan, halfYearSpan, quarterSpan } from "./date-spans";
import { ownEntry } from "./own-entry";
import type { Found, Matcher } from "./timescale-atoms";
import { DASHES, isPunct, isWord, touching } from "./timescale-words";
import type { WordToken } from "./word-tokens";

type Tokens = readonly WordToken[];

export function problem(code: string, severity: Severity, message: string, next: number): Found {
  return { kind: "problem", code, severity, message, next };
}

/** Tokens naming a financial year before its digits: `FY`, `financial year`, `fin. year`. */
function skipYearPrefix(tokens: Tokens, i: number): number {
  if (isWord(tokens[i], "fy")) return i + 1;
  if (isWord(tokens[i], "financial", "fin") && isWord(tokens[i + 1], "year")) return i + 2;
  if (isWord(tokens[i], "fin") && isPunct(tokens[i + 1], ".") && isWord(tokens[i + 2], "year")) return i + 3;
  return i;
}

type Pair = { start: number; end: number; next: number; short: boolean };

/** `2010-11`, `2010/11`, `2010 - 2011`: two years; the end's century is the first after the start. */
function pairAt(tokens: Tokens, i: number): Pair | undefined {
  if (tokens[i]?.kind !== "number") return undefined;
  const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (a?.kind !== "number" || a.text.length !== 4 || b?.kind !== "number") return undefined;
  if (b.text.length !== 2 && b.text.length !== 4) return undefined;
  if (!isPunct(dash, ...DASHES, "/")) return undefined;
  const spaced = !touching(a, dash) || !touching(dash, b);
  if (spaced && dash?.text === "/") return undefined;
  if (touching(b, tokens[i + 3]) && !isPunct(tokens[i + 3], ")", ",", ".", ";", ":", "=")) return undefined;
  const start = Number(a.text);
  if (start < 1900 || start > 2099) return undefined;
  const short = b.text.length === 2;
  let end = short ? start - (start % 100) + Number(b.text) : Number(b.text);
  if (short && end <= start) end += 100;
  return { start, end, next: i + 3, short };
}

/** `10/11` after a quarter: a financial year written short. */
function shortYearAt(tokens: Tokens, i: number): Pair | undefined {
  if (tokens[i]?.kind !== "number") return undefined;
  const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (a?.kind !== "number" || b?.kind !== "number" || a.text.length !== 2 || b.text.length !== 2)
    return undefined;
  if (!isPunct(dash, "/", ...DASHES) || !touching(a, dash) || !touching(dash, b)) return undefined;
  const start = 2000 + Number(a.text);
  return Number(b.text) === (start + 1) % 100
    ? { start, end: start + 1, next: i + 3, short: true }
    : undefined;
}

const AMBIGUOUS_PAIR =
  "is neither a financial year (two consecutive years, e.g. 2010-11) nor a plain range of years; write the financial year, the years in full, or the month (September 2010).";

/** A pair of years as a financial year, a range of financial years, or a warning. */
function pairMeaning(pair: Pair): Found {
  const years = pair.end - pair.start;
  if (years === 1) return { kind: "span", span: financialYearSpan(pair.start), next: pair.next };
  if (years >= 2 && years <= 10) {
    const to = financialYearSpan(pair.end - 1);
    return { kind: "range", from: financialYearSpan(pair.start), to, next: pair.next };
  }
  return problem("timescale/ambiguous", "warning", AMBIGUOUS_PAIR, pair.next);
}

type Part = { kind: "quarter" | "half"; n: number; to: number; next: number };

const ORDINAL_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };
const ORDINAL_SUFFIXES = ["st", "nd", "rd", "th"];

function ordinalAt(tokens: Tokens, i: number): { n: number; next: number } | undefined {
  const token = tokens[i];
  if (token?.kind === "word" && ownEntry(ORDINAL_WORDS, token.lower) !== undefined)
    return { n: ownEntry(ORDINAL_WORDS, token.lower) as number, next: i + 1 };
  if (
    token?.kind === "number" &&
    isWord(tokens[i + 1], ...ORDINAL_SUFFIXES) &&
    touching(token, tokens[i + 1])
  )
    return { n: Number(token.text), next: i + 2 };
  return undefined;
}

/** `Q2`, `Qtr 2`, `Quarter 2`, `Q1-Q2`, `Q1-2`, `2nd quarter`, `H1`, `first half`. */
function partAt(tokens: Tokens, i: number): Part | undefined {
  const token = tokens[i];
  const next = tokens[i + 1];
  const letter = isWord(token, "q", "h") && next?.kind === "number" && touching(token, next);
  const named = isWord(token, "quarter", "qtr", "qr") && next?.kind === "number" && next.text.length <= 2;
  if (letter || named) {
    const kind = isWord(token, "h") ? "half" : "quarter";
    return withPartRange(tokens, { kind, n: Number(next?.text), to: Number(next?.text), next: i + 2 });
  }
  const ordinal = ordinalAt(tokens, i);
  if (ordinal === undefined || !isWord(tokens[ordinal.next], "quarter", "half")) return undefined;
  const kind = isWord(tokens[ordinal.next], "half") ? "half" : "quarter";
  return { kind, n: ordinal.n, to: ordinal.n, next: ordinal.next + 1 };
}

function withPartRange(tokens: Tokens, part: Part): Part {
  if (!isPunct(tokens[part.next], ...DASHES) && !isWord(tokens[part.next], "to")) return part;
  const k = isWord(tokens[part.next + 1], "q", "quarter", "qtr") ? part.next + 2 : part.next + 1;
  const to = tokens[k];
  if (to?.kind !== "number" || to.text.length > 1) return part;
  return { ...part, to: Number(to.text), next: k + 1 };
}

function partSpan(kind: Part["kind"], startYear: number, n: number): DateSpan {
  return kind === "quarter"
    ? quarterSpan(startYear, n as 1 | 2 | 3 | 4)
    : halfYearSpan(startYear, n as 1 | 2);
}

/** A quarter or half of a financial year, once its year is known. */
function partOfYear(part: Part, pair: Pair | undefined, next: number): Found {
  const most = part.kind === "quarter" ? 4 : 2;
  const name = part.kind === "quarter" ? "quarter" : "half-year";
  if (part.n < 1 || part.to > most || part.to < part.n) {
    const message = `names no real ${name} (a financial year has ${part.kind === "quarter" ? "quarters 1 to 4: Q1 April-June to Q4 January-March" : "halves 1 (April-September) and 2 (October-March)"}); correct the ${name}.`;
    return problem(`timescale/impossible-${name}`, "error", message, next);
  }
  if (pair === undefined) {
    const message = `names a ${name} but no financial year; add the year (e.g. Q2 2010-11).`;
    return problem("timescale/no-year", "warning", message, next);
  }
  if (pair.end !== pair.start + 1) {
    const message = `a ${name} of a calendar year could count from January or from April; write the financial year (Q1 2024-25) or the months.`;
    return problem("timescale/ambiguous", "warning", message, next);
  }
  const from = partSpan(part.kind, pair.start, part.n);
  if (part.to === part.n) return { kind: "span", span: from, next };
  return { kind: "range", from, to: partSpan(part.kind, pair.start, part.to), next };
}

/** A calendar year standing where a financial year was expected. */
function plainYearAt(tokens: Tokens, i: number): Pair | undefined {
  const token = tokens[i];
  if (token?.kind !== "number" || token.text.length !== 4) return undefined;
  return { start: Number(token.text), end: Number(token.text), next: i + 1, short: false };
}

/** `Q2 2010-11`, `Quarter 2 of 2010/11`, `Q4 10/11`, `H1 2023-24`, `first half of 2024-25`. */
const partFirst: Matcher = (tokens, i) => {
  const part = partAt(tokens, i);
  if (part === undefined) return undefined;
  let k = isWord(tokens[part.next], "of") ? part.next + 1 : part.next;
  if (isPunct(tokens[k], ",")) k++;
  if (isWord(tokens[k], "the")) k++;
  k = skipYearPrefix(tokens, k);
  const pair = pairAt(tokens, k) ?? shortYearAt(tokens, k) ?? plainYearAt(tokens, k);
  return partOfYear(part, pair, pair?.next ?? part.next);
};

/** `2010-11`, `FY 2010/11`, `2008-11` (three years), `2010-11 Q2`; `FY 2011` is a warning. */
const yearPair: Matcher = (tokens, i) => {
  const k = skipYearPrefix(tokens, i);
  const pair = pairAt(tokens, k);
  if (pair === undefined) {
    if (k === i || plainYearAt(tokens, k) === undefined) return undefined;
    const message = "could be the financial year starting or ending in that year; write it as 2010-11.";
    return problem("timescale/ambiguous", "warning", message, k + 1);
  }
  if (pair.end === pair.start + 1) {
    const part = partAt(tokens, pair.next);
    if (part !== undefined) return partOfYear(part, pair, part.next);
  }
  return pairMeaning(pair);
};

/** Quarters, half-years and financial years. */
export const PERIOD_MATCHERS: readonly Matcher[] = [partFirst, yearPair];
