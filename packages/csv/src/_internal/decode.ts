import type { Issue } from "@cja-kit/core";

/** How the bytes of a file are to be read. */
export type CsvEncoding = "auto" | "utf-8" | "windows-1252";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWithBom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

/** Whether the bytes are valid UTF-8 (a truncated sequence at the very end counts as valid: more may follow). */
export function isUtf8(bytes: Uint8Array, final = true): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}

/** The encoding to read bytes with: a BOM or valid UTF-8 means UTF-8, anything else Windows-1252 (older Excel). */
export function chooseEncoding(
  bytes: Uint8Array,
  wanted: CsvEncoding,
  final = true,
): { encoding: "utf-8" | "windows-1252"; issues: Issue[] } {
  if (wanted !== "auto") return { encoding: wanted, issues: [] };
  if (startsWithBom(bytes) || isUtf8(bytes, final)) return { encoding: "utf-8", issues: [] };
  const message =
    'The file is not valid UTF-8; it was read as Windows-1252, as older Excel saves CSV (£ is byte 0xA3). Save as "CSV UTF-8" to avoid this, or pass encoding explicitly.';
  return {
    encoding: "windows-1252",
    issues: [{ code: "csv/encoding-windows-1252", severity: "info", message, path: [] }],
  };
}

/** Text without a leading byte order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Bytes or text as text: bytes decoded (encoding detected or chosen), a BOM removed either way. */
export function decode(input: string | Uint8Array, wanted: CsvEncoding): { text: string; issues: Issue[] } {
  if (typeof input === "string") return { text: withoutBom(input), issues: [] };
  const { encoding, issues } = chooseEncoding(input, wanted);
  return { text: withoutBom(new TextDecoder(encoding).decode(input)), issues };
}
