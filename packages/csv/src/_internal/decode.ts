import type { Issue } from "@cja-kit/core";

/** How the bytes of a file are to be read. */
export type CsvEncoding = "auto" | "utf-8" | "windows-1252";

type Decoding = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/** Whether the bytes are valid UTF-8 (a truncated sequence at the very end counts as valid: more may follow). */
export function isUtf8(bytes: Uint8Array, final = true): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}

const info = (code: string, message: string): Issue => ({ code, severity: "info", message, path: [] });
const MIXED: Issue = {
  code: "csv/encoding-mixed",
  severity: "warning",
  message:
    'The file starts with a UTF-8 byte order mark but holds bytes that are not UTF-8; it was read as Windows-1252 instead, so no character is lost. Save the whole file as "CSV UTF-8".',
  path: [],
};

/**
 * The encoding to read bytes with: a UTF-16 byte order mark means UTF-16; a UTF-8 one, or valid
 * UTF-8, means UTF-8 (unless the bytes after the mark are not UTF-8); anything else Windows-1252,
 * as older Excel saves CSV.
 */
export function chooseEncoding(
  bytes: Uint8Array,
  wanted: CsvEncoding,
  final = true,
): { encoding: Decoding; issues: Issue[] } {
  if (wanted !== "auto") return { encoding: wanted, issues: [] };
  if (startsWith(bytes, [0xff, 0xfe]))
    return {
      encoding: "utf-16le",
      issues: [info("csv/encoding-utf-16", "The file is UTF-16 (little-endian), read as such.")],
    };
  if (startsWith(bytes, [0xfe, 0xff]))
    return {
      encoding: "utf-16be",
      issues: [info("csv/encoding-utf-16", "The file is UTF-16 (big-endian), read as such.")],
    };
  if (isUtf8(bytes, final)) return { encoding: "utf-8", issues: [] };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "windows-1252", issues: [MIXED] };
  const message =
    'The file is not valid UTF-8; it was read as Windows-1252, as older Excel saves CSV (£ is byte 0xA3). Save as "CSV UTF-8" to avoid this, or pass encoding explicitly.';
  return { encoding: "windows-1252", issues: [info("csv/encoding-windows-1252", message)] };
}

/** Text without a leading byte order mark (a UTF-8 one read as Windows-1252 included). */
export function withoutBom(text: string): string {
  if (text.charCodeAt(0) === 0xfeff) return text.slice(1);
  return text.startsWith("ï»¿") ? text.slice(3) : text;
}

/** Bytes or text as text: bytes decoded (encoding detected or chosen), a BOM removed either way. */
export function decode(input: string | Uint8Array, wanted: CsvEncoding): { text: string; issues: Issue[] } {
  if (typeof input === "string") return { text: withoutBom(input), issues: [] };
  const { encoding, issues } = chooseEncoding(input, wanted);
  return { text: withoutBom(new TextDecoder(encoding).decode(input)), issues };
}
