import type { Issue } from "@cja-kit/core";
import { xlsxIssue } from "./xlsx-issue";

// The zip's central directory (PKWARE APPNOTE 4.3.12, 4.3.16): the list of entries Excel and
// LibreOffice read, with where each one's data is. Read here rather than trusting local headers,
// so the entries read are the ones a spreadsheet shows.

/** An entry of the zip: its name, compression, sizes and where its local header is. */
export type ZipEntry = {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  offset: number;
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** A 32-bit little-endian number at an offset. */
export const readU32 = u32;
/** A 16-bit little-endian number at an offset. */
export const readU16 = u16;
/** The signature of a local file header. */
export const LOCAL_HEADER = LOCAL;

function findEnd(bytes: Uint8Array): number | undefined {
  // The end record is 22 bytes, followed by a comment of at most 65,535.
  const stop = Math.max(0, bytes.length - 22 - 65_535);
  for (let at = bytes.length - 22; at >= stop; at--) if (u32(bytes, at) === EOCD) return at;
  return undefined;
}

function notZip(bytes: Uint8Array): Issue {
  if (OLE.every((byte, i) => bytes[i] === byte))
    return xlsxIssue(
      "encrypted-or-xls",
      "error",
      "This is not an .xlsx file but an OLE compound file: a workbook protected by a password, or an old .xls. Save it from the spreadsheet as .xlsx (Excel Workbook) without a password.",
    );
  if (u32(bytes, 0) === LOCAL)
    return xlsxIssue(
      "truncated",
      "error",
      "The file starts as a zip but its end is missing: it was cut short (an interrupted download or copy). Save or download it again.",
    );
  return xlsxIssue(
    "not-a-zip",
    "error",
    "This is not an .xlsx file: an .xlsx is a zip archive, and this file is not one. Save it from the spreadsheet as .xlsx (Excel Workbook).",
  );
}

/** Why an entry name is unsafe (absolute, climbing out, a drive, a backslash, control characters), or undefined. */
export function unsafeName(name: string): string | undefined {
  if ([...name].some((c) => c.charCodeAt(0) < 0x20)) return "it holds control characters";
  if (name.includes("\\")) return "it holds a backslash";
  if (name.startsWith("/")) return "it is absolute";
  if (/^[A-Za-z]:/.test(name)) return "it names a drive";
  if (name.split("/").some((segment) => segment === "..")) return "it climbs out of the archive (..)";
  return undefined;
}

function entryAt(
  bytes: Uint8Array,
  at: number,
  decode: { decode: (bytes: Uint8Array) => string },
): { entry: ZipEntry; next: number } | undefined {
  if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return undefined;
  const nameLength = u16(bytes, at + 28);
  const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  if (next > bytes.length) return undefined;
  const entry: ZipEntry = {
    name: decode.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    method: u16(bytes, at + 10),
    encrypted: (u16(bytes, at + 8) & 1) === 1,
    compressedSize: u32(bytes, at + 20),
    size: u32(bytes, at + 24),
    offset: u32(bytes, at + 42),
  };
  return { entry, next };
}

function entriesFrom(bytes: Uint8Array, start: number, count: number): ZipEntry[] | Issue {
  const decode = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    const read = entryAt(bytes, at, decode);
    if (read === undefined)
      return xlsxIssue(
        "truncated",
        "error",
        `The zip's list of entries is broken after ${i} of ${count} entries: the file is damaged or cut short. Save or download it again.`,
      );
    entries.push(read.entry);
    at = read.next;
  }
  return entries;
}

function checkNames(entries: readonly ZipEntry[]): Issue | undefined {
  const seen = new Set<string>();
  for (const { name } of entries) {
    const unsafe = unsafeName(name);
    if (unsafe !== undefined)
      return xlsxIssue(
        "unsafe-entry-name",
        "error",
        `The zip holds an entry named "${name}", which ${unsafe}; no spreadsheet writes such a name, so the file is refused.`,
        { actual: name },
      );
    // Part names compare without regard to case (ECMA-376 Part 2, 6.2.2.3).
    const key = name.toLowerCase();
    if (seen.has(key))
      return xlsxIssue(
        "duplicate-entry",
        "error",
        `The zip holds "${name}" twice, so which one a spreadsheet shows is unknown; the file is refused.`,
        { actual: name },
      );
    seen.add(key);
  }
  return undefined;
}

/**
 * The entries of a zip from its central directory, or the issue that stops reading: too large,
 * not a zip (an OLE file, a password-protected workbook or an old .xls named apart), cut short,
 * ZIP64, too many entries, an unsafe or duplicated entry name.
 */
export function zipDirectory(
  bytes: Uint8Array,
  limits: { maxBytes: number; maxEntries: number },
): ZipEntry[] | Issue {
  if (bytes.length > limits.maxBytes)
    return xlsxIssue(
      "too-large",
      "error",
      `The file has ${bytes.length} bytes; at most ${limits.maxBytes} are read (maxBytes). Raise maxBytes if the workbook is genuine.`,
    );
  const end = bytes.length >= 22 ? findEnd(bytes) : undefined;
  if (end === undefined) return notZip(bytes);
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const start = u32(bytes, end + 16);
  if (count === 0xffff || start === 0xffffffff || size === 0xffffffff)
    return xlsxIssue(
      "zip64",
      "error",
      "The zip uses ZIP64 (over 65,535 entries or 4 GB), which no workbook of plans or returns needs; it is not read.",
    );
  if (count > limits.maxEntries)
    return xlsxIssue(
      "too-many-entries",
      "error",
      `The zip lists ${count} entries; at most ${limits.maxEntries} are read (maxEntries). A workbook has a few dozen.`,
    );
  if (start + size > end)
    return xlsxIssue(
      "truncated",
      "error",
      "The zip's list of entries points past its end: the file is damaged or cut short. Save or download it again.",
    );
  const entries = entriesFrom(bytes, start, count);
  if (!Array.isArray(entries)) return entries;
  return checkNames(entries) ?? entries;
}
