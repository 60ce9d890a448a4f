import type { Interval } from "../timescale/timescale";
import { ownEntry } from "./own-entry";
import { problem } from "./period-matchers";
import type { Found, Matcher } from "./timescale-atoms";
import { countOf, DASHES, isPunct, isWord, touching, unitOf } from "./timescale-words";
import type { WordToken } from "./word-tokens";

type Tokens = readonly WordToken[];

const every = (count: number, unit: Interval["unit"], next: number): Found => ({
  kind: "frequency",
  interval: { every: count, unit },
  next,
});

const FREQUENCY_WORDS: Record<string, Interval> = {
  quarterly: { every: 3, unit: "month" },
  monthly: { every: 1, unit: "month" },
  weekly: { every: 1, unit: "week" },
  fortnightly: { every: 2, unit: "week" },
  annually: { every: 1, unit: "year" },
  yearly: { every: 1, unit: "year" },
  biannually: { every: 6, unit: "month" },
  biannual: { every: 6, unit: "month" },
};

/** A word joined to the next by a hyphen or a space: `bi-annual`, `half yearly`, `six-monthly`. */
function compound(tokens: Tokens, i: number): { first: string; second: string; next: number } | undefined {
  const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (isPunct(dash, ...DASHES) && touching(a, dash) && touching(dash, b) && b?.kind === "word")
    return { first: a?.lower ?? "", second: b.lower, next: i + 3 };
  return tokens[i + 1]?.kind === "word"
    ? { first: a?.lower ?? "", second: tokens[i + 1]?.lower ?? "", next: i + 2 }
    : undefined;
}

const PER_UNIT: Record<string, Interval["unit"]> = { weekly: "week", monthly: "month", yearly: "year" };

/** `1/4ly`, `quarterly`, `6 monthly`, `six-weekly`, `bi-annually`, `half-yearly`, `every 6 weeks`. */
const frequency: Matcher = (tokens, i) => {
  if (tokens[i]?.kind === "punct") return undefined;
  const [a, b, c, d] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (a?.text === "1" && b?.text === "/" && c?.text === "4" && isWord(d, "ly") && touching(c, d))
    return every(3, "month", i + 4);
  const word = a?.kind === "word" ? ownEntry(FREQUENCY_WORDS, a.lower) : undefined;
  if (word !== undefined) return every(word.every, word.unit, i + 1);
  const pair = a === undefined ? undefined : compound(tokens, i);
  if (pair !== undefined) {
    if (pair.first === "bi" && ["annual", "annually"].includes(pair.second))
      return every(6, "month", pair.next);
    if (pair.first === "half" && ["yearly", "annually"].includes(pair.second))
      return every(6, "month", pair.next);
    if (pair.first === "bi" && ["monthly", "weekly"].includes(pair.second)) {
      const message = "could mean twice a period or every second one; write e.g. every 2 months.";
      return problem("timescale/ambiguous", "warning", message, pair.next);
    }
  }
  const count = countOf(a);
  const k = isPunct(b, ...DASHES) ? i + 2 : i + 1;
  const unit = tokens[k]?.kind === "word" ? ownEntry(PER_UNIT, tokens[k]?.lower ?? "") : undefined;
  if (count !== undefined && count > 0 && unit !== undefined) return every(count, unit, k + 1);
  return everyUnit(tokens, i);
};

/** `every 6 weeks`, `every quarter`, `each month`, `twice yearly`. */
function everyUnit(tokens: Tokens, i: number): Found | undefined {
  if (
    isWord(tokens[i], "twice") &&
    (isWord(tokens[i + 1], "yearly", "annually") || isWord(tokens[i + 2], "year"))
  )
    return every(6, "month", isWord(tokens[i + 1], "a") ? i + 3 : i + 2);
  if (!isWord(tokens[i], "every", "each")) return undefined;
  if (isWord(tokens[i + 1], "quarter")) return every(3, "month", i + 2);
  const count = countOf(tokens[i + 1]);
  const unit = unitOf(tokens[count === undefined ? i + 1 : i + 2]);
  if (unit === undefined || count === 0) return undefined;
  return every(count ?? 1, unit, count === undefined ? i + 2 : i + 3);
}

/** `2-3 years`, `three years`, `12 months`, `a 3 year period`. */
const duration: Matcher = (tokens, i) => {
  const min = countOf(tokens[i]);
  if (min === undefined || min < 1) return undefined;
  let k = i + 1;
  let max = min;
  if ((isPunct(tokens[k], ...DASHES) || isWord(tokens[k], "to")) && countOf(tokens[k + 1]) !== undefined) {
    max = countOf(tokens[k + 1]) as number;
    k += 2;
  }
  if (isPunct(tokens[k], ...DASHES)) k++;
  const unit = unitOf(tokens[k]);
  if (unit === undefined || max < min) return undefined;
  return { kind: "duration", min, max, unit, next: isWord(tokens[k + 1], "period") ? k + 2 : k + 1 };
};

const YEAR_WORDS = ["year", "years", "yr", "yrs"];
const LIST_JOINS = [",", "&", "and"];

/** `Year 1`, `Year 1-3`, `Years 1 and 2`, `year 2&3`, `Years 1, 2 and 3`, `Yr1`. */
const planYears: Matcher = (tokens, i) => {
  if (!isWord(tokens[i], ...YEAR_WORDS)) return undefined;
  const from = countOf(tokens[i + 1]);
  if (from === undefined || from < 1 || tokens[i + 1]?.kind === "word") return undefined;
  let to = from;
  let k = i + 2;
  if ((isPunct(tokens[k], ...DASHES) || isWord(tokens[k], "to")) && countOf(tokens[k + 1]) !== undefined) {
    to = countOf(tokens[k + 1]) as number;
    k += 2;
  }
  while (joined(tokens, k) && countOf(tokens[k + 1]) === to + 1) {
    to += 1;
    k += 2;
  }
  return to >= from ? { kind: "plan-years", from, to, next: k } : undefined;
};

const joined = (tokens: Tokens, k: number) =>
  isPunct(tokens[k], ...LIST_JOINS) || isWord(tokens[k], ...LIST_JOINS);

/** `Ongoing`, `on-going`, `on going`, `continuous`; `Immediate`; `TBA`, `to be confirmed`; `thereafter`. */
const standing: Matcher = (tokens, i) => {
  const token = tokens[i];
  if (isWord(token, "ongoing", "continuous", "continuously", "continuing"))
    return { kind: "ongoing", next: i + 1 };
  if (isWord(token, "on") && isWord(tokens[i + 2], "going") && isPunct(tokens[i + 1], ...DASHES))
    return { kind: "ongoing", next: i + 3 };
  if (isWord(token, "on") && isWord(tokens[i + 1], "going")) return { kind: "ongoing", next: i + 2 };
  if (isWord(token, "immediate", "immediately")) return { kind: "immediate", next: i + 1 };
  if (isWord(token, "tba", "tbc", "tbd")) return { kind: "tba", next: i + 1 };
  if (isWord(token, "to") && isWord(tokens[i + 1], "be") && isWord(tokens[i + 2], ...TO_BE))
    return { kind: "tba", next: i + 3 };
  return isWord(token, "thereafter") ? { kind: "thereafter", next: i + 1 } : undefined;
};

const TO_BE = ["arranged", "confirmed", "announced", "determined", "decided"];

/** Recurrences, durations, plan years and standing words. */
export const WORD_MATCHERS: readonly Matcher[] = [frequency, duration, planYears, standing];
