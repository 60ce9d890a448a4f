import { daySpan, fullYear, monthSpan, seasonSpan, yearSpan } from "./date-spans";
import { PERIOD_MATCHERS, problem } from "./period-matchers";
import type { Found, Matcher } from "./timescale-atoms";
import { DASHES, isPunct, isWord, monthOf, touching } from "./timescale-words";
import type { WordToken } from "./word-tokens";

type Tokens = readonly WordToken[];
type YearRead = { year: number; next: number } | { found: Found } | undefined;

const TWO_DIGIT_YEAR =
  "a two-digit year from 50 could be in either century (69: 1969 or 2069); write the year in full.";

/** A year at `i`: four digits (1900-2099), two digits, or `'08`. */
export function yearAt(tokens: Tokens, i: number): YearRead {
  const apostrophe = isPunct(tokens[i], "'", "’") && touching(tokens[i], tokens[i + 1]);
  const at = apostrophe ? i + 1 : i;
  const token = tokens[at];
  if (token?.kind !== "number" || (token.text.length !== 2 && token.text.length !== 4)) return undefined;
  if (touching(token, tokens[at + 1]) && tokens[at + 1]?.kind !== "punct") return undefined;
  if (token.text.length === 4 && (Number(token.text) < 1900 || Number(token.text) > 2099)) return undefined;
  const year = fullYear(token.text);
  if (year === undefined)
    return { found: problem("timescale/two-digit-year", "warning", TWO_DIGIT_YEAR, at + 1) };
  return { year, next: at + 1 };
}

const ORDINALS = ["st", "nd", "rd", "th"];

function skipOrdinal(tokens: Tokens, i: number): number {
  return isWord(tokens[i], ...ORDINALS) && touching(tokens[i - 1], tokens[i]) ? i + 1 : i;
}

function dayFound(year: number, month: number, day: number, next: number): Found {
  const span = daySpan(year, month, day);
  return span === undefined
    ? problem(
        "timescale/invalid-date",
        "error",
        "not a real date (dates are read day first: 1/10/08 is 1 October 2008); correct the date.",
        next,
      )
    : { kind: "span", span, next };
}

const NUMERIC_SEPARATORS = ["/", ".", "-"];

/** `1/10/08`, `01.10.2008` (day first) and `2008-10-01` (year first). */
const numericDate: Matcher = (tokens, i) => {
  if (tokens[i]?.kind !== "number") return undefined;
  const [a, s1, b, s2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (a?.kind !== "number" || b?.kind !== "number" || c?.kind !== "number") return undefined;
  if (!isPunct(s1, ...NUMERIC_SEPARATORS) || s2?.text !== s1?.text) return undefined;
  if (![a, s1, b, s2].every((token, k) => touching(token, tokens[i + k + 1]))) return undefined;
  if (b.text.length > 2 || touching(c, tokens[i + 5])) return undefined;
  if (a.text.length === 4 && c.text.length <= 2) return yearFirst(a, b, c, i + 5);
  if (a.text.length > 2 || (c.text.length !== 2 && c.text.length !== 4)) return undefined;
  const year = fullYear(c.text);
  if (year === undefined) return problem("timescale/two-digit-year", "warning", TWO_DIGIT_YEAR, i + 5);
  return dayFound(year, Number(b.text), Number(a.text), i + 5);
};

function yearFirst(a: WordToken, b: WordToken, c: WordToken, next: number): Found {
  const start = Number(a.text);
  if (Number(b.text) === (start + 1) % 100 && Number(c.text) === (start + 2) % 100) {
    return problem(
      "timescale/ambiguous",
      "warning",
      "could be a day (year, month, day) or a run of financial years; write a date as 12 November 2010 or the years as 2010-11 to 2011-12.",
      next,
    );
  }
  return dayFound(start, Number(b.text), Number(c.text), next);
}

/** `10/11` or `24/7`: a financial year, a month or a day, no one can tell. */
const shortPair: Matcher = (tokens, i) => {
  if (tokens[i]?.kind !== "number") return undefined;
  const [a, slash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (a?.kind !== "number" || b?.kind !== "number" || a.text.length > 2 || b.text.length > 2)
    return undefined;
  if (!isPunct(slash, "/") || !touching(a, slash) || !touching(slash, b)) return undefined;
  if (isWord(tokens[i + 3], "ly") && touching(b, tokens[i + 3])) return undefined;
  return problem(
    "timescale/ambiguous",
    "warning",
    "could be a financial year, a month or a day; write it in full (2010-11, November 2010 or 10 November 2010).",
    i + 3,
  );
};

/** `23 March 2009`, `1st April 2010`, `23 of March 2009`, `23 March` (no year: a warning). */
const dayMonthYear: Matcher = (tokens, i) => {
  const day = tokens[i];
  if (day?.kind !== "number" || day.text.length > 2) return undefined;
  let k = skipOrdinal(tokens, i + 1);
  if (isWord(tokens[k], "of")) k++;
  const month = monthOf(tokens[k]);
  if (month === undefined) return undefined;
  k = isPunct(tokens[k + 1], ".") && touching(tokens[k], tokens[k + 1]) ? k + 2 : k + 1;
  if (isPunct(tokens[k], ",")) k++;
  const year = yearAt(tokens, k);
  if (year === undefined) return noYear(tokens[k - 1], k);
  return "found" in year ? year.found : dayFound(year.year, month, Number(day.text), year.next);
};

/** `March 23, 2009`. */
const monthDayYear: Matcher = (tokens, i) => {
  const month = monthOf(tokens[i]);
  const day = tokens[i + 1];
  if (month === undefined || day?.kind !== "number" || day.text.length > 2) return undefined;
  let k = skipOrdinal(tokens, i + 2);
  if (isPunct(tokens[k], ",")) k++;
  const year = tokens[k];
  if (year?.kind !== "number" || year.text.length !== 4) return undefined;
  return dayFound(Number(year.text), month, Number(day.text), k + 1);
};

function noYear(token: WordToken | undefined, next: number): Found | undefined {
  if (token === undefined || !/^\p{Lu}/u.test(token.text)) return undefined;
  return problem("timescale/no-year", "warning", "names no year; add the year (e.g. March 2011).", next);
}

function monthEnd(tokens: Tokens, i: number): number {
  return isPunct(tokens[i + 1], ".") && touching(tokens[i], tokens[i + 1]) ? i + 2 : i + 1;
}

/** `July - September 2010`, `Jul-Sep 2010`, `November to January 2011` (November 2010). */
const monthRange: Matcher = (tokens, i) => {
  const from = monthOf(tokens[i]);
  if (from === undefined) return undefined;
  const join = monthEnd(tokens, i);
  if (!isPunct(tokens[join], ...DASHES, "/") && !isWord(tokens[join], "to")) return undefined;
  const to = monthOf(tokens[join + 1]);
  if (to === undefined) return undefined;
  const k = monthEnd(tokens, join + 1);
  const year = yearAt(tokens, isPunct(tokens[k], ",") ? k + 1 : k);
  if (year === undefined) return undefined;
  if ("found" in year) return year.found;
  const fromSpan = monthSpan(from <= to ? year.year : year.year - 1, from);
  return { kind: "range", from: fromSpan, to: monthSpan(year.year, to), next: year.next };
};

const DAY_OR_YEAR =
  "could be a day of the month or a year written with two digits; write the year in full (September 2030) or the day first (30 September 2010).";

/** `September 30`: two digits from 10 to 31 after a month are a day as much as a year. */
function dayOrYear(tokens: Tokens, k: number): Found | undefined {
  const token = tokens[k];
  if (token?.kind !== "number" || token.text.length !== 2 || token.text.startsWith("0")) return undefined;
  return Number(token.text) <= 31 ? problem("timescale/ambiguous", "warning", DAY_OR_YEAR, k + 1) : undefined;
}

/** `July 2008`, `Dec 08`, `Dec-08`, `Dec '08`, `Dec. 2008`; a capitalised month alone is a warning. */
const monthYear: Matcher = (tokens, i) => {
  const month = monthOf(tokens[i]);
  if (month === undefined) return undefined;
  let k = monthEnd(tokens, i);
  if (isPunct(tokens[k], "-", "/", ",") && tokens[k + 1]?.kind === "number") k++;
  const unclear = dayOrYear(tokens, k);
  if (unclear !== undefined) return unclear;
  const year = yearAt(tokens, k);
  if (year === undefined) return tokens[i]?.lower === "may" ? undefined : noYear(tokens[i], k);
  return "found" in year ? year.found : { kind: "span", span: monthSpan(year.year, month), next: year.next };
};

/** `Spring 2010`, `autumn of 2011`. */
const season: Matcher = (tokens, i) => {
  if (!isWord(tokens[i], "spring", "summer", "autumn", "winter")) return undefined;
  const k = isWord(tokens[i + 1], "of") ? i + 2 : i + 1;
  const year = yearAt(tokens, k);
  if (year === undefined) return undefined;
  if ("found" in year) return year.found;
  return { kind: "span", span: seasonSpan(tokens[i]?.lower ?? "", year.year), next: year.next };
};

/** `2011`: a calendar year. */
const calendarYear: Matcher = (tokens, i) => {
  const token = tokens[i];
  if (token?.kind !== "number" || token.text.length !== 4) return undefined;
  const year = Number(token.text);
  const before = tokens[i - 1];
  if (year < 1900 || year > 2099 || (touching(before, token) && before?.kind !== "punct")) return undefined;
  if (touching(token, tokens[i + 1]) && tokens[i + 1]?.kind !== "punct") return undefined;
  return { kind: "span", span: yearSpan(year), next: i + 1 };
};

/** Day, month and year forms first, then quarters and financial years, then bare years. */
export const DATE_MATCHERS: readonly Matcher[] = /* @__PURE__ */ (() => [
  numericDate,
  shortPair,
  dayMonthYear,
  monthDayYear,
  monthRange,
  monthYear,
  season,
  ...PERIOD_MATCHERS,
  calendarYear,
])();
