import type { Run } from "../content/content";

/** A mark a run of text can carry. */
export type MarkName = "bold" | "italic" | "underline" | "superscript";

// The order toggles are written in where several change at one place: `__` before `_`, so that
// `___` always reads as underline then italic.
const MARKS: readonly MarkName[] = ["bold", "underline", "superscript", "italic"];
const DELIMITER: Readonly<Record<MarkName, string>> = {
  bold: "**",
  underline: "__",
  superscript: "^",
  italic: "_",
};

/** A character the notation reads: a delimiter or a backslash. */
const NOTATION = /[*_^\\]/;

/** Whether text holds a character the notation reads: text without one reads back as itself. */
export const hasNotation = (text: string): boolean => NOTATION.test(text);

type Token = { text: string } | { mark: MarkName; raw: string };

const isDelimiterChar = (char: string | undefined): boolean => char === "*" || char === "_" || char === "^";

/** The delimiter starting at `i`, if any: `**`, `__`, `_` or `^` (a lone `*` is text). */
function delimiterAt(line: string, i: number): Token | undefined {
  const char = line[i];
  const double = line[i + 1] === char;
  if (char === "*") return double ? { mark: "bold", raw: "**" } : undefined;
  if (char === "_") return double ? { mark: "underline", raw: "__" } : { mark: "italic", raw: "_" };
  return char === "^" ? { mark: "superscript", raw: "^" } : undefined;
}

/**
 * Backslashes before a delimiter character: each pair is one backslash, an odd one out makes the
 * character text. Backslashes before anything else are text, kept.
 */
function backslashes(line: string, i: number, tokens: Token[]): number {
  let k = 0;
  while (line[i + k] === "\\") k++;
  const after = line[i + k];
  if (!isDelimiterChar(after)) {
    tokens.push({ text: line.slice(i, i + k) });
    return i + k;
  }
  tokens.push({ text: "\\".repeat(k >> 1) });
  if (k % 2 === 0) return i + k;
  tokens.push({ text: after as string });
  return i + k + 1;
}

function tokenise(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let from = 0;
  while (i < line.length) {
    const char = line[i];
    const delimiter = char === "\\" ? undefined : delimiterAt(line, i);
    if (char !== "\\" && delimiter === undefined) {
      i++;
      continue;
    }
    if (from < i) tokens.push({ text: line.slice(from, i) });
    if (delimiter === undefined) i = backslashes(line, i, tokens);
    else {
      tokens.push(delimiter);
      i += (delimiter as { raw: string }).raw.length;
    }
    from = i;
  }
  if (from < line.length) tokens.push({ text: line.slice(from) });
  return tokens;
}

/**
 * Which delimiters are marks: each opens where its mark is not open and closes the next one of
 * its kind, when text lies between them; a delimiter with no partner (or an empty pair) is text.
 */
function pairedDelimiters(tokens: readonly Token[]): Set<number> {
  const paired = new Set<number>();
  const open = new Map<MarkName, { index: number; chars: number }>();
  let chars = 0;
  tokens.forEach((token, index) => {
    if ("text" in token) {
      chars += token.text.length;
      return;
    }
    const opener = open.get(token.mark);
    if (opener !== undefined && opener.chars < chars) {
      paired.add(opener.index).add(index);
      open.delete(token.mark);
    } else open.set(token.mark, { index, chars });
  });
  return paired;
}

const sameMarks = (a: Run, b: Run): boolean =>
  MARKS.every((mark) => (a[mark] === true) === (b[mark] === true));

/** Adds text with the given marks, joining it to the last run when the marks are the same. */
function appendRun(runs: Run[], text: string, marks: ReadonlySet<MarkName>): void {
  if (text.length === 0) return;
  const run: Run = { text };
  for (const mark of MARKS) if (marks.has(mark)) run[mark] = true;
  const last = runs.at(-1);
  if (last !== undefined && sameMarks(last, run)) runs[runs.length - 1] = { ...last, text: last.text + text };
  else runs.push(run);
}

function runsOf(tokens: readonly Token[], paired: ReadonlySet<number>): Run[] {
  const runs: Run[] = [];
  const active = new Set<MarkName>();
  tokens.forEach((token, index) => {
    if ("text" in token) appendRun(runs, token.text, active);
    else if (!paired.has(index)) appendRun(runs, token.raw, active);
    else if (active.has(token.mark)) active.delete(token.mark);
    else active.add(token.mark);
  });
  return runs;
}

/**
 * Reads the mark notation of one line: `**bold**`, `_italic_`, `__underline__`, `^superscript^`;
 * a backslash before `*`, `_` or `^` makes it text. Runs with the same marks are joined; a line
 * whose marks would leave no visible text is read as text throughout.
 */
export function readInline(line: string): Run[] {
  // Most lines have no delimiter or backslash: one run of text, as the tokens would give.
  if (!NOTATION.test(line)) return line.length === 0 ? [] : [{ text: line }];
  const tokens = tokenise(line);
  const runs = runsOf(tokens, pairedDelimiters(tokens));
  return runs.some((run) => /\S/.test(run.text)) ? runs : runsOf(tokens, new Set());
}

/** Writes a run's text; escaped, every delimiter character gets a backslash (and backslashes before it double). */
function writeText(out: string[], text: string, escaped: boolean): void {
  if (!escaped) {
    out.push(text);
    return;
  }
  for (const char of text) {
    if (isDelimiterChar(char)) out.push(`${trailingBackslashes(out)}\\${char}`);
    else out.push(char);
  }
}

/** The backslashes at the end of what is written, repeated: doubled, they stay text before a delimiter. */
function trailingBackslashes(out: readonly string[]): string {
  let count = 0;
  for (let i = out.length - 1; i >= 0; i--) {
    const piece = out[i] as string;
    let j = piece.length - 1;
    while (j >= 0 && piece[j] === "\\") j--;
    count += piece.length - 1 - j;
    if (j >= 0) break;
  }
  return "\\".repeat(count);
}

function writeToggles(out: string[], active: Set<MarkName>, run: Run | undefined, escaped: boolean): void {
  for (const mark of MARKS) {
    if (active.has(mark) === (run?.[mark] === true)) continue;
    out.push(`${escaped ? trailingBackslashes(out) : ""}${DELIMITER[mark]}`);
    if (active.has(mark)) active.delete(mark);
    else active.add(mark);
  }
}

/**
 * Writes runs in the mark notation {@link readInline} reads. `escaped` puts a backslash before
 * every `*`, `_` and `^` of the text, so the line reads back whatever the text holds.
 */
export function writeInline(runs: readonly Run[], escaped: boolean): string {
  const out: string[] = [];
  const active = new Set<MarkName>();
  for (const run of runs) {
    writeToggles(out, active, run, escaped);
    writeText(out, run.text, escaped);
  }
  writeToggles(out, active, undefined, escaped);
  return out.join("");
}

/** Whether any run carries a mark. */
export const hasMarks = (runs: readonly Run[]): boolean =>
  runs.some((run) => MARKS.some((mark) => run[mark] === true));

/** Runs with their marks only (`true` kept, `false` dropped) and neighbours with the same marks joined. */
export function normalRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const marks = new Set(MARKS.filter((mark) => run[mark] === true));
    appendRun(out, run.text, marks);
  }
  return out;
}

/** Two lists of runs with the same text and marks, once normalised. */
export function sameRuns(a: readonly Run[], b: readonly Run[]): boolean {
  const x = normalRuns(a);
  const y = normalRuns(b);
  return x.length === y.length && x.every((run, i) => run.text === y[i]?.text && sameMarks(run, y[i] as Run));
}
