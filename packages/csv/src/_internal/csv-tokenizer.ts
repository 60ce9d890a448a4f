import type { Issue, SourceItem } from "@cja-kit/core";

const QUOTE = 34;
const CR = 13;
const LF = 10;

type Mode = "start" | "unquoted" | "quoted" | "quote" | "skip";

/** The tokeniser's state: where it is, the record and cell being read. */
export type Tokenizer = {
  delimiter: number;
  maxCellLength: number;
  maxColumns: number;
  mode: Mode;
  line: number;
  prevCR: boolean;
  recordRow: number;
  quoteLine: number;
  cells: string[];
  field: string;
  long: boolean;
  items: SourceItem[];
};

/** A tokeniser for text split at `delimiter`, the first line numbered `firstLine`. */
export function tokenizer(
  delimiter: string,
  limits: { maxCellLength: number; maxColumns: number },
  firstLine = 1,
): Tokenizer {
  return {
    delimiter: delimiter.charCodeAt(0),
    ...limits,
    mode: "start",
    line: firstLine,
    prevCR: false,
    recordRow: firstLine,
    quoteLine: firstLine,
    cells: [],
    field: "",
    long: false,
    items: [],
  };
}

function append(tok: Tokenizer, text: string): void {
  if (tok.long) return;
  tok.field += text;
  // Beyond the limit only one more character is kept: core reports the cell, and memory stays bounded.
  if (tok.field.length > tok.maxCellLength) {
    tok.field = tok.field.slice(0, tok.maxCellLength + 1);
    tok.long = true;
  }
}

function endField(tok: Tokenizer): void {
  if (tok.cells.length <= tok.maxColumns) tok.cells.push(tok.field);
  tok.field = "";
  tok.long = false;
}

function endRecord(tok: Tokenizer): void {
  endField(tok);
  tok.items.push({ row: tok.recordRow, cells: tok.cells });
  tok.cells = [];
}

/** A line end at `i` (CR, LF, or the LF of a CRLF); the next record starts on the next line. */
function lineEnd(tok: Tokenizer, code: number, record: boolean): void {
  if (code === LF && tok.prevCR) {
    tok.prevCR = false;
    return;
  }
  if (record) endRecord(tok);
  tok.line += 1;
  tok.recordRow = tok.line;
  tok.prevCR = code === CR;
  tok.mode = "start";
}

/** Counts the line ends inside a quoted cell's text. */
function countLines(tok: Tokenizer, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === CR) tok.line += 1;
    else if (code === LF && !(i === 0 ? tok.prevCR : text.charCodeAt(i - 1) === CR)) tok.line += 1;
  }
  if (text.length > 0) tok.prevCR = text.charCodeAt(text.length - 1) === CR;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth"];

/** Which quoted cell, said without the line numbers formatIssue prints from `row`. */
function quotedCell(tok: Tokenizer): string {
  const nth = tok.quoteLine - tok.recordRow;
  if (nth <= 0) return "a quoted cell";
  return `a quoted cell starting on the row's ${ORDINALS[nth] ?? `${nth + 1}th`} line`;
}

function malformed(tok: Tokenizer, reason: "closing" | "unclosed"): Issue {
  const why =
    reason === "closing"
      ? `${quotedCell(tok)} is followed by more text before the next separator`
      : `${quotedCell(tok)} is never closed`;
  const after = (tok.long ? tok.line : tok.quoteLine) - tok.recordRow;
  const lines =
    after === 0
      ? "The row was left out, and reading went on from the next line"
      : `The row and the ${after.toLocaleString("en-GB")} line${after === 1 ? "" : "s"} after it were left out, and reading went on from the line after them`;
  return {
    code: "csv/malformed-row",
    severity: "error",
    message: `This row is not valid CSV: ${why}. ${lines}. Check the quotes in this row.`,
    path: [],
    row: tok.recordRow,
    actual: tok.field.slice(0, 80),
  };
}

/**
 * The text a malformed quoted cell swallowed after its first line, to be read again as rows: its
 * content with quotes doubled, as it was written. Nothing when the cell was cut at the limit.
 */
function swallowed(tok: Tokenizer): string {
  const at = tok.field.search(/\r\n|\r|\n/);
  if (tok.long || at < 0) return "";
  const rest = tok.field.slice(at).replace(/^\r\n|^\r|^\n/, "");
  return rest.replace(/"/g, '""');
}

/** Drops the record being read after a malformed cell; reading resumes on the line after the quote opened. */
function recover(tok: Tokenizer, reason: "closing" | "unclosed"): string {
  tok.items.push({ issue: malformed(tok, reason) });
  const rest = swallowed(tok);
  // The closing quote was read; reading again from the line after the opening one, it comes back.
  const again = rest.length > 0 && reason === "closing" ? `${rest}"` : rest;
  const resume = again.length > 0 ? tok.quoteLine + 1 : tok.line;
  tok.cells = [];
  tok.field = "";
  tok.long = false;
  tok.line = resume;
  tok.recordRow = resume;
  tok.prevCR = false;
  tok.mode = again.length > 0 || reason === "unclosed" ? "start" : "skip";
  return again;
}

function scanUnquoted(tok: Tokenizer, text: string, i: number): number {
  let j = i;
  const d = tok.delimiter;
  for (; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === d || code === CR || code === LF) break;
  }
  append(tok, text.slice(i, j));
  return j;
}

function scanQuoted(tok: Tokenizer, text: string, i: number): number {
  const q = text.indexOf('"', i);
  const end = q < 0 ? text.length : q;
  const part = text.slice(i, end);
  append(tok, part);
  countLines(tok, part);
  if (q >= 0) tok.mode = "quote";
  return q < 0 ? end : q + 1;
}

function separator(tok: Tokenizer, code: number): boolean {
  if (code === tok.delimiter) {
    endField(tok);
    tok.mode = "start";
    return true;
  }
  if (code === CR || code === LF) {
    lineEnd(tok, code, true);
    return true;
  }
  return false;
}

function scanSkip(tok: Tokenizer, text: string, i: number): number {
  for (let j = i; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === CR || code === LF) {
      tok.prevCR = false;
      lineEnd(tok, code, false);
      return j + 1;
    }
  }
  return text.length;
}

/** One step from `i`: the index reached, and any text to read again first. */
function step(tok: Tokenizer, text: string, i: number): { next: number; again?: string } {
  const code = text.charCodeAt(i);
  switch (tok.mode) {
    case "start":
      if (code === LF && tok.prevCR) {
        tok.prevCR = false;
        return { next: i + 1 };
      }
      tok.prevCR = false;
      if (code === QUOTE) {
        tok.mode = "quoted";
        tok.quoteLine = tok.line;
        return { next: i + 1 };
      }
      if (separator(tok, code)) return { next: i + 1 };
      tok.mode = "unquoted";
      return { next: i };
    case "unquoted": {
      const j = scanUnquoted(tok, text, i);
      if (j < text.length) separator(tok, text.charCodeAt(j));
      return { next: j < text.length ? j + 1 : j };
    }
    case "quoted":
      return { next: scanQuoted(tok, text, i) };
    case "quote":
      if (code === QUOTE) {
        append(tok, '"');
        tok.mode = "quoted";
        return { next: i + 1 };
      }
      tok.prevCR = false;
      if (separator(tok, code)) return { next: i + 1 };
      return { next: i, again: recover(tok, "closing") };
    case "skip":
      return { next: scanSkip(tok, text, i) };
  }
}

/**
 * Reads text into records in one forward pass, carrying its state from one chunk to the next, so
 * each character is looked at once (the text a malformed quoted cell swallowed, at most one cell,
 * is read again once). Line ends may be CRLF, LF or CR, mixed. A quote inside an unquoted cell is
 * text; a quoted cell followed by text, or never closed, makes its row a `csv/malformed-row`, and
 * reading goes on from the line after the quote opened. A cell is kept up to one character beyond
 * `maxCellLength`, and a row up to one cell beyond `maxColumns`, for the import to report.
 *
 * @returns The records and issues completed by this text.
 */
export function feed(tok: Tokenizer, text: string): SourceItem[] {
  const work: Array<{ text: string; i: number }> = [{ text, i: 0 }];
  while (work.length > 0) {
    const top = work[work.length - 1] as { text: string; i: number };
    if (top.i >= top.text.length) {
      work.pop();
      continue;
    }
    const { next, again } = step(tok, top.text, top.i);
    top.i = next;
    if (again !== undefined && again.length > 0) work.push({ text: again, i: 0 });
  }
  const items = tok.items;
  tok.items = [];
  return items;
}

/** The end of the text: the last record, or a quoted cell never closed (its swallowed lines read again). */
export function finish(tok: Tokenizer): SourceItem[] {
  const items: SourceItem[] = [];
  // Each round reads a shorter text again, so this ends.
  while (tok.mode === "quoted") items.push(...feed(tok, recover(tok, "unclosed")));
  if (tok.mode === "unquoted" || tok.mode === "quote" || (tok.mode === "start" && tok.cells.length > 0))
    endRecord(tok);
  tok.mode = "start";
  return [...items, ...tok.items.splice(0)];
}
