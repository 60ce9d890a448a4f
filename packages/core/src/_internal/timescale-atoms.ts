import type { DateSpan, Interval } from "../timescale/timescale";
import { daySpan, financialYearSpan, fullYear, monthSpan, seasonSpan, yearSpan } from "./date-spans";

/** A recognised piece of timescale wording, with where it stands in the line. */
export type Atom = { index: number; end: number; text: string } & (
  | { kind: "span"; span: DateSpan }
  | { kind: "fy-range"; from: DateSpan; to: DateSpan }
  | { kind: "plan-years"; from: number; to: number }
  | { kind: "duration"; min: number; max: number; unit: "week" | "month" | "year" }
  | { kind: "frequency"; interval: Interval }
  | { kind: "ongoing" | "immediate" | "tba" | "thereafter" }
  | { kind: "invalid-date" }
);

type Found = { kind: Atom["kind"] } & Record<string, unknown>;
type Matcher = { pattern: RegExp; read: (m: RegExpExecArray) => Found | undefined };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const COUNT = "(\\d+|one|two|three|four|five|six)";

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const count = (text: string) => NUMBER_WORDS[text.toLowerCase()] ?? Number(text);
const unitOf = (text: string) =>
  text.toLowerCase().startsWith("w") ? "week" : text.toLowerCase().startsWith("m") ? "month" : "year";

function day(dayText: string, month: number, yearText: string): Found {
  const span = daySpan(fullYear(yearText), month, Number(dayText));
  return span === undefined ? { kind: "invalid-date" } : { kind: "span", span };
}

function yearPair(first: string, second: string): Found | undefined {
  const start = Number(first);
  const end = second.length === 4 ? Number(second) : Math.floor(start / 100) * 100 + Number(second);
  if (end <= start) return undefined;
  if (end === start + 1) return { kind: "span", span: financialYearSpan(start) };
  return { kind: "fy-range", from: financialYearSpan(start), to: financialYearSpan(end - 1) };
}

function frequency(m: RegExpExecArray): Found {
  const word = (m[0] ?? "").toLowerCase();
  if (m[1] !== undefined && m[2] !== undefined)
    return { kind: "frequency", interval: { every: count(m[1]), unit: unitOf(m[2]) } };
  if (word === "1/4ly" || word === "quarterly")
    return { kind: "frequency", interval: { every: 3, unit: "month" } };
  if (/^bi|half/.test(word)) return { kind: "frequency", interval: { every: 6, unit: "month" } };
  if (word === "fortnightly") return { kind: "frequency", interval: { every: 2, unit: "week" } };
  return { kind: "frequency", interval: { every: 1, unit: unitOf(word.replace(/^annual/, "year")) } };
}

/** In priority order: a later matcher never overlaps what an earlier one found. */
const MATCHERS: Matcher[] = /* @__PURE__ */ (() => [
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}|\d{2})\b/gi,
    read: (m) => day(m[1] ?? "", Number(m[2]), m[3] ?? ""),
  },
  {
    pattern: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+((?:19|20)\\d{2}|'?\\d{2})\\b`,
      "gi",
    ),
    read: (m) => day(m[1] ?? "", monthNumber(m[2] ?? ""), m[3] ?? ""),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\.?\\s*((?:19|20)\\d{2}|'?\\d{2})\\b`, "gi"),
    read: (m) => ({ kind: "span", span: monthSpan(fullYear(m[2] ?? ""), monthNumber(m[1] ?? "")) }),
  },
  {
    pattern: /\b(spring|summer|autumn|winter)\s+((?:19|20)\d{2})\b/gi,
    read: (m) => ({ kind: "span", span: seasonSpan(m[1] ?? "", Number(m[2])) }),
  },
  {
    pattern: new RegExp(
      `(?:\\b1/4ly|\\b${COUNT}\\s*-?\\s*(weekly|monthly|yearly)|\\b(?:quarterly|monthly|weekly|fortnightly|annually|yearly|bi-?\\s?annual(?:ly)?|half-?\\s?yearly))\\b`,
      "gi",
    ),
    read: frequency,
  },
  {
    pattern: new RegExp(
      `\\b${COUNT}(?:\\s*[-–]\\s*${COUNT})?[\\s-]*(years?|months?|weeks?)(?:\\s+period)?\\b`,
      "gi",
    ),
    read: (m) => {
      const min = count(m[1] ?? "");
      const max = m[2] === undefined ? min : count(m[2]);
      return max >= min && min > 0 ? { kind: "duration", min, max, unit: unitOf(m[3] ?? "") } : undefined;
    },
  },
  {
    pattern: /\b(?:year|yr)\s*(\d{1,2})(?:\s*(?:-|–|&|and|to)\s*(\d{1,2}))?\b/gi,
    read: (m) => {
      const from = Number(m[1]);
      const to = m[2] === undefined ? from : Number(m[2]);
      return from >= 1 && to >= from ? { kind: "plan-years", from, to } : undefined;
    },
  },
  {
    pattern: /\b((?:19|20)\d{2})\s*[-/–]\s*((?:19|20)\d{2}|\d{2})\b/g,
    read: (m) => yearPair(m[1] ?? "", m[2] ?? ""),
  },
  { pattern: /\b((?:19|20)\d{2})\b/g, read: (m) => ({ kind: "span", span: yearSpan(Number(m[1])) }) },
  { pattern: /\bon-?going\b/gi, read: () => ({ kind: "ongoing" }) },
  { pattern: /\bimmediate(?:ly)?\b/gi, read: () => ({ kind: "immediate" }) },
  { pattern: /\b(?:TBA|TBC|to be (?:arranged|confirmed|announced))\b/gi, read: () => ({ kind: "tba" }) },
  { pattern: /\bthereafter\b/gi, read: () => ({ kind: "thereafter" }) },
])();

/** Every recognised piece of wording in a line, left to right, none overlapping. */
export function scanAtoms(line: string): Atom[] {
  const atoms: Atom[] = [];
  const overlaps = (index: number, end: number) => atoms.some((atom) => index < atom.end && end > atom.index);
  for (const matcher of MATCHERS) {
    for (const match of line.matchAll(matcher.pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      if (overlaps(index, end)) continue;
      const found = matcher.read(match as RegExpExecArray);
      if (found !== undefined) atoms.push({ ...found, index, end, text: match[0] } as Atom);
    }
  }
  return atoms.sort((a, b) => a.index - b.index);
}
