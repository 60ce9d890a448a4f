import { parse } from "csv-parse/sync";

/** A CSV file's header row, as far as the first MiB holds it, and how the file was decoded. */
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

// The csv reader's own rule: the separator the header line uses most outside quotes, comma on a tie.
function delimiterOf(text: string): CsvHeader["delimiter"] {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  const candidates = [",", ";", "\t"] as const;
  return candidates.reduce((best, candidate) => (counts[candidate] > counts[best] ? candidate : best), ",");
}

function firstRecord(text: string, delimiter: CsvHeader["delimiter"]): string[] | undefined {
  try {
    const records: string[][] = parse(text, { delimiter, to: 1, skip_empty_lines: true, relax_quotes: true });
    return records[0];
  } catch {
    // A header the parser cannot close (a quote left open to the end): the reader reports it.
    return undefined;
  }
}

/**
 * The labels of a CSV file's first non-blank row, read with csv-parse from the file's first MiB
 * (enough for any header the readers accept); `undefined` when there is no row.
 */
export function csvHeader(bytes: Uint8Array): CsvHeader | undefined {
  const prefix = bytes.subarray(0, PREFIX_BYTES);
  const encoding = encodingOf(prefix);
  const text = new TextDecoder(encoding).decode(prefix).replace(/^\uFEFF/, "");
  const delimiter = delimiterOf(text.replace(/^[\r\n]+/, ""));
  const labels = firstRecord(text, delimiter);
  return labels === undefined ? undefined : { labels, delimiter, encoding };
}
