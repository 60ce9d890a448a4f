import type { Issue } from "@cja-kit/core";
import { Inflate } from "fflate";
import { xlsxIssue } from "./xlsx-issue";
import { LOCAL_HEADER, readU16, readU32, type ZipEntry } from "./zip-directory";

/** The bytes still allowed to be inflated in one read, shared by every part it reads. */
export type InflateBudget = { left: number; limit: number };

/** Compressed bytes handed to the inflater at a time: at most about 16 MB come out of one slice (deflate expands at most ~1,032 times). */
const SLICE = 16 * 1024;

function dataRange(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } | Issue {
  const at = entry.offset;
  if (at + 30 > bytes.length || readU32(bytes, at) !== LOCAL_HEADER)
    return xlsxIssue(
      "truncated",
      "error",
      `The zip entry "${entry.name}" is missing from the file: it is damaged or cut short.`,
      { actual: entry.name },
    );
  const start = at + 30 + readU16(bytes, at + 26) + readU16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length)
    return xlsxIssue(
      "truncated",
      "error",
      `The zip entry "${entry.name}" runs past the end of the file: it was cut short. Save or download it again.`,
      { actual: entry.name },
    );
  return { start, end };
}

function unreadable(entry: ZipEntry): Issue | undefined {
  if (entry.encrypted)
    return xlsxIssue(
      "encrypted-entry",
      "error",
      `The zip entry "${entry.name}" is encrypted; save the workbook without a password.`,
      { actual: entry.name },
    );
  if (entry.method !== 0 && entry.method !== 8)
    return xlsxIssue(
      "unsupported-compression",
      "error",
      `The zip entry "${entry.name}" is compressed with method ${entry.method}; spreadsheets use deflate (8) or none (0).`,
      { actual: entry.name },
    );
  return undefined;
}

const overBudget = (entry: ZipEntry, budget: InflateBudget) =>
  xlsxIssue(
    "too-large-inflated",
    "error",
    `Inflating "${entry.name}" goes past ${budget.limit} bytes, the most read from one workbook (maxInflatedBytes): a zip bomb, or a very large workbook (raise maxInflatedBytes if it is genuine). Reading stopped there.`,
    { actual: entry.name },
  );

/**
 * Inflates a zip entry slice by slice, counting the bytes that come out against the budget
 * (checked while inflating, so a zip bomb stops at the limit), decodes them as UTF-8 and hands the
 * text on as it comes. `onText` returns false to stop early. Returns the issue that stopped it, if any.
 */
export function entryText(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onText: (text: string) => boolean,
): Issue | undefined {
  const bad = unreadable(entry);
  if (bad !== undefined) return bad;
  const range = dataRange(bytes, entry);
  if ("code" in range) return range;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let stop: Issue | "done" | undefined;
  const take = (chunk: Uint8Array, last: boolean) => {
    if (stop !== undefined) return;
    budget.left -= chunk.length;
    if (budget.left < 0) stop = overBudget(entry, budget);
    else if (!onText(decoder.decode(chunk, { stream: !last }))) stop = "done";
  };
  try {
    const inflate = entry.method === 8 ? new Inflate((chunk, last) => take(chunk, last)) : undefined;
    for (let at = range.start; at < range.end && stop === undefined; at += SLICE) {
      const slice = bytes.subarray(at, Math.min(at + SLICE, range.end));
      if (inflate === undefined) take(slice, at + SLICE >= range.end);
      else inflate.push(slice, at + SLICE >= range.end);
    }
    if (range.start === range.end && stop === undefined) {
      if (inflate === undefined) take(new Uint8Array(0), true);
      else inflate.push(new Uint8Array(0), true);
    }
  } catch (error) {
    return broken(entry, error);
  }
  return stop === "done" ? undefined : stop;
}

function broken(entry: ZipEntry, error: unknown): Issue {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof TypeError)
    return xlsxIssue(
      "bad-encoding",
      "error",
      `"${entry.name}" is not valid UTF-8 (${reason}); the workbook is damaged.`,
      { actual: entry.name },
    );
  return xlsxIssue(
    "bad-compressed-data",
    "error",
    `"${entry.name}" cannot be inflated (${reason}): the file is damaged or cut short. Save or download it again.`,
    { actual: entry.name },
  );
}
