import { parse } from "csv-parse/sync";
import { isKnownHeading } from "./csv-kind";

/** A CSV file's heading row, as far as the first MiB holds it, and how the file was decoded. */
export type CsvHeader = {
  labels: string[];
  delimiter: "," | ";" | "\t";
  encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";
};

const PREFIX_BYTES = 1024 * 1024;

function encodingOf(bytes: Uint8Array): CsvHeader["encoding"] {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    // A sequence cut by the prefix's end is not an error: more of it follows.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

const SNIFFED_LINES = 10;
const SCANNED_ROWS = 20;

// As the csv reader: the separator the first lines use most outside quotes, comma on a tie.
function delimiterOf(text: string): CsvHeader["delimiter"] {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let lines = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === "\n" && ++lines >= SNIFFED_LINES) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  const candidates = [",", ";", "\t"] as const;
  return candidates.reduce((best, candidate) => (counts[candidate] > counts[best] ? candidate : best), ",");
}

function firstRecords(text: string, delimiter: CsvHeader["delimiter"]): string[][] {
  try {
    const records: string[][] = parse(text, {
      delimiter,
      to: SCANNED_ROWS,
      skip_empty_lines: true,
      relax_quotes: true,
      relax_column_count: true,
    });
    return records.filter((record) => record.some((cell) => cell.trim() !== ""));
  } catch {
    // Rows the parser cannot close (a quote left open to the end): the reader reports them.
    return [];
  }
}

// As core's reader finds it: the first row with two known headings, else one, else the first row.
function headingRow(records: readonly string[][]): string[] | undefined {
  const known = (record: readonly string[]) => record.filter(isKnownHeading).length;
  return records.find((r) => known(r) >= 2) ?? records.find((r) => known(r) >= 1) ?? records[0];
}

/**
 * The labels of a CSV file's heading row (among its first 20 rows, as the readers find it; title
 * rows above it are passed over), read with csv-parse from the file's first MiB; `undefined` when
 * there is no row.
 */
export function csvHeader(bytes: Uint8Array): CsvHeader | undefined {
  const prefix = bytes.subarray(0, PREFIX_BYTES);
  const encoding = encodingOf(prefix);
  const text = new TextDecoder(encoding).decode(prefix).replace(/^\uFEFF/, "");
  const delimiter = delimiterOf(text.replace(/^[\r\n]+/, ""));
  const labels = headingRow(firstRecords(text, delimiter));
  return labels === undefined ? undefined : { labels, delimiter, encoding };
}
