import type { Issue, SourceItem } from "@cja-kit/core";
import type { CsvReadOptions } from "../csv-options";
import { checkChoice, checkChunk } from "./arguments";
import { feed, finish, type Tokenizer, tokenizer } from "./csv-tokenizer";
import { type ByteDecoder, byteDecoder } from "./decode-bytes";
import { type CsvDelimiter, detectDelimiter } from "./delimiter";
import { restoreFormula } from "./formula";
import { type RewriteNote, rewriteNotes } from "./spreadsheet-rewrites";

/** Text looked at before the delimiter is chosen. */
const SNIFF = 65_536;

type Reader = {
  decoder: ByteDecoder;
  sniffed: string;
  tok?: Tokenizer;
  options: CsvReadOptions;
  /** Where cells that read as a spreadsheet's rewriting are noted, with each column's last number. */
  notes?: { list: RewriteNote[]; last: Map<number, string> };
};

const SEPARATOR_LINE = /^sep=([^\r\n"])(\r\n|\r|\n|$)/i;

/** Starts the tokeniser once enough text is seen: an Excel `sep=;` first line, the option, or detection. */
function start(reader: Reader, text: string): { tok: Tokenizer; rest: string } {
  const limits = {
    maxCellLength: positive(reader.options.maxCellLength, 1_000_000),
    maxColumns: positive(reader.options.maxColumns, 1000),
  };
  const line = SEPARATOR_LINE.exec(text);
  if (line !== null) return { tok: tokenizer(line[1] ?? ",", limits, 2), rest: text.slice(line[0].length) };
  const chosen: CsvDelimiter | undefined =
    reader.options.delimiter === "auto" ? undefined : reader.options.delimiter;
  return { tok: tokenizer(chosen ?? detectDelimiter(text), limits), rest: text };
}

const positive = (value: number | undefined, fallback: number) =>
  value !== undefined && value > 0 ? value : fallback;

function restored(items: SourceItem[], reader: Reader): SourceItem[] {
  const notes = reader.notes;
  if (notes !== undefined)
    for (const item of items)
      if (!("issue" in item)) notes.list.push(...rewriteNotes(item.row, item.cells, notes.last));
  if (reader.options.restoreFormulas === false) return items;
  return items.map((item) => ("issue" in item ? item : { ...item, cells: item.cells.map(restoreFormula) }));
}

function push(reader: Reader, text: string, final: boolean): SourceItem[] {
  if (reader.tok === undefined) {
    reader.sniffed += text;
    if (reader.sniffed.length < SNIFF && !final) return [];
    const { tok, rest } = start(reader, reader.sniffed);
    reader.tok = tok;
    reader.sniffed = "";
    return restored(feed(tok, rest), reader);
  }
  return restored(feed(reader.tok, text), reader);
}

function end(reader: Reader): SourceItem[] {
  const items = push(reader, reader.decoder.end(), true);
  const last = reader.tok === undefined ? [] : restored(finish(reader.tok), reader);
  const issues: SourceItem[] = reader.decoder.issues().map((issue: Issue) => ({ issue }));
  return [...items, ...last, ...issues];
}

function reader(options: CsvReadOptions, notes: RewriteNote[] | undefined): Reader {
  checkChoice(options.encoding, ["auto", "utf-8", "windows-1252"], "options.encoding");
  checkChoice(options.delimiter, ["auto", ",", ";", "\t"], "options.delimiter");
  return {
    decoder: byteDecoder(options.encoding ?? "auto"),
    sniffed: "",
    options,
    ...(notes === undefined ? {} : { notes: { list: notes, last: new Map() } }),
  };
}

/**
 * A whole CSV file as the import's items: decoded (encoding found or chosen), split at its
 * delimiter (an Excel `sep=` first line, the option, or detected), each cell's formula escape
 * undone; malformed rows and encoding notes as issues. Cells that read as a spreadsheet's
 * rewriting of something else are added to `notes`, when given.
 */
export function csvRecords(
  input: string | Uint8Array,
  options: CsvReadOptions,
  notes?: RewriteNote[],
): SourceItem[] {
  const state = reader(options, notes);
  return [...push(state, state.decoder.push(input), false), ...end(state)];
}

/** As {@link csvRecords}, from chunks of text or bytes as they arrive, in order, never holding the whole file. */
export async function* csvRecordStream(
  chunks: AsyncIterable<string | Uint8Array>,
  options: CsvReadOptions,
  notes?: RewriteNote[],
): AsyncGenerator<SourceItem> {
  const state = reader(options, notes);
  for await (const chunk of chunks) {
    checkChunk(chunk);
    yield* push(state, state.decoder.push(chunk), false);
  }
  yield* end(state);
}
