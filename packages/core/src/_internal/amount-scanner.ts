import { ownEntry } from "./own-entry";
/** An amount of money found in a line: where it stands, its wording, and its value or why it has none. */
export type ScannedAmount = {
  index: number;
  end: number;
  text: string;
} & (
  | { kind: "amount"; pence: number; negative: boolean }
  | { kind: "unread"; code: "money/ambiguous-amount" | "money/too-large"; reason: string }
);

const SCALES: Record<string, number> = {
  k: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  million: 6,
  bn: 9,
  billion: 9,
};
const GROUP_SPACES = /* @__PURE__ */ (() => new Set([" ", "\u00a0", "\u2009", "\u202f"]))();
const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

function digitsFrom(line: string, i: number): number {
  let end = i;
  while (isDigit(line[end])) end++;
  return end;
}

type Number_ = { runs: string[]; separators: string[]; end: number };

/** Digit runs and the marks between them: `15,000.50` is 15 , 000 . 50; `15 000` is 15 ␠ 000. */
function readNumber(line: string, start: number): Number_ | undefined {
  if (!isDigit(line[start])) return undefined;
  const runs: string[] = [];
  const separators: string[] = [];
  let end = digitsFrom(line, start);
  runs.push(line.slice(start, end));
  for (;;) {
    const mark = line[end] as string;
    const next = digitsFrom(line, end + 1);
    const grouped = GROUP_SPACES.has(mark) && next - end - 1 === 3;
    if (!(mark === "," || mark === "." || grouped) || next === end + 1) break;
    separators.push(GROUP_SPACES.has(mark) ? " " : mark);
    runs.push(line.slice(end + 1, next));
    end = next;
  }
  return { runs, separators, end };
}

/** A scale word after the digits: `k`, `m`, `bn`, ` million`; the index after it. */
function readScale(line: string, at: number): { power: number; end: number } {
  const space = line[at] === " " ? 1 : 0;
  let end = at + space;
  while (end < line.length && end - at <= 9 && isLetter(line[end])) end++;
  const word = line.slice(at + space, end).toLowerCase();
  const power = ownEntry(SCALES, word);
  if (power === undefined || isLetter(line[end]) || (space === 1 && word.length === 1))
    return { power: 0, end: at };
  return { power, end };
}

/** Whole pounds and a fraction, as written, or why the grouping cannot be read with certainty. */
function poundsOf(number: Number_, scaled: boolean): { whole: string; fraction: string } | string {
  const { runs, separators } = number;
  const last = separators.at(-1);
  const decimal = last === "." && separators.indexOf(".") === separators.length - 1;
  const groups = decimal ? separators.slice(0, -1) : separators;
  const groupRuns = decimal ? runs.slice(0, -1) : runs;
  const fraction = decimal ? (runs.at(-1) as string) : "";
  if (separators.includes(".") && !decimal)
    return "mixes full stops and commas as a continental amount would";
  if (groups.length > 0) {
    const mark = groups[0];
    if (groups.some((g) => g !== mark)) return "mixes two kinds of thousands separator";
    if ((groupRuns[0] as string).length > 3 || groupRuns.slice(1).some((run) => run.length !== 3))
      return "groups its digits in a way that is not thousands (e.g. £1,2,3 or £1,00,000)";
  }
  if (decimal && !scaled && fraction.length > 2)
    return "has three or more digits after the point (pence, or a continental thousands separator)";
  return { whole: groupRuns.join(""), fraction };
}

/** Pence, exactly, from whole pounds, a fraction and a power of ten; undefined below a penny. */
function exactPence(whole: string, fraction: string, power: number): string | undefined {
  const shift = power + 2 - fraction.length;
  const digits = `${whole}${fraction}`;
  if (shift >= 0) return `${digits}${"0".repeat(shift)}`.replace(/^0+(?=\d)/, "");
  const kept = digits.slice(0, shift);
  return /^0*$/.test(digits.slice(shift)) ? kept.replace(/^0+(?=\d)/, "") || "0" : undefined;
}

function unread(
  index: number,
  end: number,
  line: string,
  code: "money/ambiguous-amount" | "money/too-large",
  reason: string,
): ScannedAmount {
  return { index, end, text: line.slice(index, end), kind: "unread", code, reason };
}

/** The amount whose pound sign is at `at`: a sign before it, the number, a scale, brackets around. */
export function scanAmountAt(line: string, at: number): ScannedAmount | undefined {
  const dash = line[at - 1];
  const minus = (dash === "-" || dash === "−") && (at === 1 || /[\s(:]/.test(line[at - 2] as string));
  const index = minus ? at - 1 : at;
  let cursor = at + 1;
  if (line[cursor] === " ") cursor++;
  const innerMinus = line[cursor] === "-" || line[cursor] === "−";
  if (innerMinus) cursor++;
  const number = readNumber(line, cursor);
  if (number === undefined) return undefined;
  const scale = readScale(line, number.end);
  const end = scale.end;
  if (line[index - 1] === "(" && line[end] === ")")
    return unread(
      index - 1,
      end + 1,
      line,
      "money/ambiguous-amount",
      "is in brackets, which could mean a negative amount (as in accounts) or an aside (write -£500 for a reduction)",
    );
  const pounds = poundsOf(number, scale.power > 0);
  if (typeof pounds === "string") return unread(index, end, line, "money/ambiguous-amount", pounds);
  const pence = exactPence(pounds.whole, pounds.fraction, scale.power);
  if (pence === undefined)
    return unread(index, end, line, "money/ambiguous-amount", "comes to a fraction of a penny");
  const value = Number(pence);
  if (!Number.isSafeInteger(value))
    return unread(index, end, line, "money/too-large", "is too large to hold exactly");
  const negative = minus || innerMinus;
  return {
    index,
    end,
    text: line.slice(index, end),
    kind: "amount",
    pence: negative ? -value : value,
    negative,
  };
}

/** Every amount in a line, left to right: one pass from pound sign to pound sign. */
export function scanAmounts(line: string): ScannedAmount[] {
  const found: ScannedAmount[] = [];
  let at = line.indexOf("£");
  while (at >= 0) {
    const amount = scanAmountAt(line, at);
    if (amount !== undefined) found.push(amount);
    at = line.indexOf("£", Math.max(at + 1, amount?.end ?? 0));
  }
  return found;
}
