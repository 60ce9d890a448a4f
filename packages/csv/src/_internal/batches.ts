import type { Issue } from "@cja-kit/core";
import type { CsvEncoding } from "./decode";
import { chooseEncoding, withoutBom } from "./decode";

/** The end of the last line end outside quotes: text up to there holds whole records. */
function safeEnd(text: string): number {
  let quoted = false;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 34) quoted = !quoted;
    else if (char === 10 && !quoted) end = i + 1;
  }
  return end;
}

/** How many bytes are looked at before the encoding is chosen. */
const SNIFF_BYTES = 65_536;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** Decodes byte chunks as they come, the encoding chosen from the first 64 KiB. */
function byteDecoder(wanted: CsvEncoding, issues: Issue[]) {
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let strict = false;
  const start = (bytes: Uint8Array, final: boolean) => {
    const chosen = chooseEncoding(bytes, wanted, final);
    issues.push(...chosen.issues);
    strict = wanted === "auto" && chosen.encoding === "utf-8";
    decoder = new TextDecoder(chosen.encoding, { fatal: strict });
  };
  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder?.decode(bytes, { stream: !final }) ?? "";
    } catch {
      // UTF-8 so far, but not here: read the rest as older Excel would have saved it.
      issues.push({
        code: "csv/encoding-mixed",
        severity: "warning",
        message:
          'The file starts as UTF-8 but later holds bytes that are not UTF-8; the rest was read as Windows-1252. Save the whole file as "CSV UTF-8".',
        path: [],
      });
      decoder = new TextDecoder("windows-1252");
      strict = false;
      return decoder.decode(bytes, { stream: !final });
    }
  };
  return {
    push(chunk: Uint8Array): string {
      if (decoder !== undefined) return decode(chunk, false);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < SNIFF_BYTES) return "";
      const bytes = concat(pending);
      start(bytes, false);
      return decode(bytes, false);
    },
    end(): string {
      if (decoder !== undefined) return decode(new Uint8Array(), true);
      const bytes = concat(pending);
      start(bytes, true);
      return decode(bytes, true);
    },
  };
}

/**
 * Turns a stream of chunks into batches of whole CSV records: each batch ends at a line end outside
 * quotes, so no record is split between batches, and no more than one batch of text is held at a
 * time. Bytes are decoded as they come, the encoding chosen from the first 64 KiB.
 */
export async function* recordBatches(
  source: AsyncIterable<string | Uint8Array>,
  wanted: CsvEncoding,
  issues: Issue[],
): AsyncGenerator<{ text: string; firstLine: number }> {
  const bytes = byteDecoder(wanted, issues);
  let buffer = "";
  let line = 1;
  let started = false;
  const take = (text: string) => {
    buffer += started ? text : withoutBom(text);
    started = started || buffer.length > 0;
  };
  for await (const chunk of source) {
    take(typeof chunk === "string" ? chunk : bytes.push(chunk));
    const end = safeEnd(buffer);
    if (end <= 0) continue;
    const batch = buffer.slice(0, end);
    buffer = buffer.slice(end);
    yield { text: batch, firstLine: line };
    line += batch.split(/\r\n|\r|\n/).length - 1;
  }
  take(bytes.end());
  if (buffer.length > 0) yield { text: buffer, firstLine: line };
}
