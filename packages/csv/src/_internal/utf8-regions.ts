import { windows1252Char } from "./windows-1252";

/** Length of the UTF-8 sequence starting at `i`, or 0 if the bytes there are not a valid one. */
export function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1] ?? 0;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return length;
}

/** How many bytes at the end of a chunk start a UTF-8 sequence the next chunk may complete. */
export function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Text decoded region by region, and where the bytes that were not UTF-8 fell (offsets in the text). */
export type Regions = { text: string; stray: number[]; multibyte: boolean };

const utf8 = new TextDecoder("utf-8");

/**
 * Bytes decoded as UTF-8 where they are valid, and each byte that is not as `replace` says (the
 * Windows-1252 character older Excel meant, or U+FFFD): one stray byte spoils only itself, not
 * the file.
 */
export function decodeRegions(bytes: Uint8Array, replace: "windows-1252" | "replacement"): Regions {
  const parts: string[] = [];
  const stray: number[] = [];
  let multibyte = false;
  let length = 0;
  let start = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const text = utf8.decode(bytes.subarray(start, end));
    parts.push(text);
    length += text.length;
  };
  for (let i = 0; i < bytes.length; ) {
    const size = sequenceAt(bytes, i);
    if (size > 0) {
      multibyte ||= size > 1;
      i += size;
      continue;
    }
    flush(i);
    stray.push(length);
    const char = replace === "windows-1252" ? windows1252Char(bytes[i] ?? 0) : "\uFFFD";
    parts.push(char);
    length += 1;
    i += 1;
    start = i;
  }
  flush(bytes.length);
  return { text: parts.join(""), stray, multibyte };
}
