import type { Issue } from "@cja-kit/core";
import { type CsvError, parse } from "#csv-parse";
import type { CsvDelimiter } from "./delimiter";

/** A record of a CSV file with the file line it starts on (1 for the first line). */
export type CsvRecord = { line: number; cells: string[] };

type Info = { lines: number };
type Parsed = { record: string[]; info: Info };

const LINE_BREAK = /\r\n|\r|\n/g;

function newlines(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

const REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "A quoted cell starting in this row is never closed",
  CSV_INVALID_CLOSING_QUOTE: "A quoted cell in this row is followed by more text before the next comma",
  CSV_INVALID_OPENING_QUOTE: "A quote appears in the middle of a cell in this row",
};

function messageOf(error: CsvError): string {
  const reason =
    REASONS[error.code.replace(/^(?!CSV_)/, "CSV_")] ?? `This row is not valid CSV (${error.code})`;
  return `${reason}; the row was left out and reading went on from the next line. Check the quotes in this row.`;
}

function parseSegment(
  text: string,
  delimiter: CsvDelimiter,
  relaxed = false,
): { rows: Parsed[]; error?: CsvError } {
  const errors: CsvError[] = [];
  const rows = parse(text, {
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: relaxed,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (error !== undefined) errors.push(error);
    },
  }) as unknown as Parsed[];
  return errors[0] === undefined ? { rows } : { rows, error: errors[0] };
}

/**
 * Parses CSV text into records with their starting file lines. A malformed record (an unclosed or
 * misplaced quote) becomes an issue and reading resumes on the line after the record's first line,
 * so the good rows after it are still read.
 */
export function parseRecords(
  text: string,
  delimiter: CsvDelimiter,
  firstLine = 1,
): { records: CsvRecord[]; issues: Issue[] } {
  const records: CsvRecord[] = [];
  const issues: Issue[] = [];
  let rest = text;
  let offset = firstLine - 1;
  while (rest.length > 0) {
    const { rows, error } = parseSegment(rest, delimiter);
    const errorLine =
      error === undefined ? Number.POSITIVE_INFINITY : Number(error.lines ?? Number.POSITIVE_INFINITY);
    const good = rows.filter((row) => row.info.lines < errorLine);
    for (const row of good)
      records.push({ line: offset + row.info.lines - newlines(row.record.join("")), cells: row.record });
    if (error === undefined) break;
    const lastEnd = good.at(-1)?.info.lines ?? 0;
    const lines = rest.split(LINE_BREAK);
    const blank = lines.slice(lastEnd).findIndex((line) => line.trim().length > 0);
    const badLine = lastEnd + Math.max(blank, 0) + 1;
    // A quote inside an unquoted cell (37°36'37.8"N) is text, as spreadsheets read it.
    const literal =
      error.code.replace(/^CSV_/, "") === "INVALID_OPENING_QUOTE"
        ? parseSegment(lines[badLine - 1] ?? "", delimiter, true)
        : undefined;
    const [alone] = literal?.rows ?? [];
    if (literal?.error === undefined && alone !== undefined && literal?.rows.length === 1)
      records.push({ line: offset + badLine, cells: alone.record });
    else
      issues.push({
        code: "csv/malformed-row",
        severity: "error",
        message: messageOf(error),
        path: [],
        row: offset + badLine,
      });
    rest = lines.slice(badLine).join("\n");
    offset += badLine;
  }
  return { records, issues };
}

/** Whether a record holds nothing but empty cells (a stray line end, a row of commas). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim().length === 0);
}

/** The header (the first record with something in it) and the records after it. */
export function splitHeader(records: readonly CsvRecord[]): { header?: CsvRecord; rows: CsvRecord[] } {
  const at = records.findIndex((record) => !isBlankRecord(record));
  return at < 0 ? { rows: [] } : { header: records[at] as CsvRecord, rows: records.slice(at + 1) };
}
