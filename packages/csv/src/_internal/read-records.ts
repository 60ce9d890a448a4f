import type { Checked, Issue } from "@cja-kit/core";
import type { CsvReadOptions } from "../csv-options";
import { recordBatches } from "./batches";
import { decode } from "./decode";
import { type CsvDelimiter, detectDelimiter } from "./delimiter";
import { type CsvRecord, isBlankRecord, parseRecords, splitHeader } from "./records";

/** What reads a CSV file record by record: the header first, then each data row, then the result. */
export type RecordReader<T> = {
  header(cells: string[], line: number): void;
  row(cells: string[], line: number): void;
  finish(extra: Issue[]): Checked<T>;
};

const chosenDelimiter = (options: CsvReadOptions): CsvDelimiter | undefined =>
  options.delimiter === "auto" ? undefined : options.delimiter;

/** A whole file's records: decoded (encoding chosen or found), split at its delimiter (chosen or found). */
export function fileRecords(
  input: string | Uint8Array,
  options: CsvReadOptions,
): { records: CsvRecord[]; issues: Issue[] } {
  const { text, issues } = decode(input, options.encoding ?? "auto");
  const { records, issues: found } = parseRecords(text, chosenDelimiter(options) ?? detectDelimiter(text));
  return { records, issues: [...issues, ...found] };
}

/** A file with no header row: `kind` names the file it should have been ("a plan CSV"). */
function noHeader(kind: string): Issue {
  return {
    code: "csv/empty-file",
    severity: "error",
    message: `The file has no header row; ${kind} starts with a row of column headings.`,
    path: [],
  };
}

/** A whole file read through a reader: its header (the first record with something in it), then its rows. */
export function readRecords<T>(
  input: string | Uint8Array,
  options: CsvReadOptions,
  reader: RecordReader<T>,
  kind: string,
): Checked<T> {
  const { records, issues } = fileRecords(input, options);
  const { header, rows } = splitHeader(records);
  if (header === undefined) return { ok: false, issues: [...issues, noHeader(kind)] };
  reader.header(header.cells, header.line);
  for (const row of rows) reader.row(row.cells, row.line);
  return reader.finish(issues);
}

/** As {@link readRecords}, from chunks read batch by batch as they arrive, never holding the whole text. */
export async function readRecordStream<T>(
  source: AsyncIterable<string | Uint8Array>,
  options: CsvReadOptions,
  reader: RecordReader<T>,
  kind: string,
): Promise<Checked<T>> {
  const issues: Issue[] = [];
  let delimiter = chosenDelimiter(options);
  let header = false;
  for await (const batch of recordBatches(source, options.encoding ?? "auto", issues)) {
    delimiter ??= detectDelimiter(batch.text);
    const { records, issues: found } = parseRecords(batch.text, delimiter, batch.firstLine);
    issues.push(...found);
    for (const record of records) {
      if (!header && isBlankRecord(record)) continue;
      if (header) reader.row(record.cells, record.line);
      else reader.header(record.cells, record.line);
      header = true;
    }
  }
  return header ? reader.finish(issues) : { ok: false, issues: [...issues, noHeader(kind)] };
}
