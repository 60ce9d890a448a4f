import type { Issue } from "@cja-kit/core";
import { Unzip, type UnzipFileInfo, UnzipInflate, unzipSync } from "fflate";
import type { TemplateLimits } from "../template/template-limits";
import { unsafeEntryName } from "./zip-entry-name";

/** The entries of a zip, by name, inflated; or the issue that stopped the reading. */
export type ReadZip = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; issue: Issue };

const CHUNK = 4096;

const fail = (code: string, message: string, path: string[] = []): ReadZip => ({
  ok: false,
  issue: { code, severity: "error", path, message },
});

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;

class Stop extends Error {
  constructor(readonly result: ReadZip) {
    super("stop");
  }
}

/** The central directory's entries, without inflating any; stops at the entry limit. */
function listEntries(bytes: Uint8Array, limits: TemplateLimits): UnzipFileInfo[] | ReadZip {
  if (bytes.length === 0)
    return fail("docx/template-not-a-zip", "The template is empty (0 bytes); give a .docx file.");
  const listed: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        listed.push(file);
        if (listed.length > limits.maxEntries)
          throw new Stop(
            fail(
              "docx/template-too-large",
              `The template's zip has more than ${limits.maxEntries} entries; a Word template has a few dozen. Check the file, or raise limits.maxEntries.`,
            ),
          );
        return false;
      },
    });
  } catch (error) {
    if (error instanceof Stop) return error.result;
    return fail(
      "docx/template-not-a-zip",
      "The template is not a .docx: it is not a zip package, or it is cut short (its zip directory is missing). Give the .docx file as saved by Word.",
    );
  }
  return listed;
}

/** The first reason the listed entries cannot be read safely, if any. */
function listingProblem(listed: readonly UnzipFileInfo[], limits: TemplateLimits): ReadZip | undefined {
  const seen = new Set<string>();
  let total = 0;
  for (const file of listed) {
    const unsafe = unsafeEntryName(file.name);
    if (unsafe !== undefined)
      return fail(
        "docx/template-unsafe-entry",
        `The template holds an entry named ${JSON.stringify(file.name)}, refused because ${unsafe}; a Word package never has one. Do not use this file.`,
        [file.name],
      );
    const key = file.name.toLowerCase();
    if (seen.has(key))
      return fail(
        "docx/template-corrupt",
        `The template holds two entries named ${JSON.stringify(file.name)} (part names ignore case), so which one a reader takes is undefined. Save the template again from Word.`,
        [file.name],
      );
    seen.add(key);
    if (file.compression !== 0 && file.compression !== 8)
      return fail(
        "docx/template-corrupt",
        `The template's entry ${JSON.stringify(file.name)} uses zip compression method ${file.compression}; Word packages use only stored (0) and deflate (8). Save the template again from Word.`,
        [file.name],
      );
    total += file.originalSize;
    const tooBig = sizeProblem(file.name, file.originalSize, total, limits);
    if (tooBig !== undefined) return tooBig;
  }
  return undefined;
}

function sizeProblem(name: string, size: number, total: number, limits: TemplateLimits): ReadZip | undefined {
  if (size > limits.maxEntryBytes)
    return fail(
      "docx/template-too-large",
      `The template's entry ${JSON.stringify(name)} inflates to more than ${mib(limits.maxEntryBytes)} (limits.maxEntryBytes), so it was not read further. Reduce the template's images, or raise the limit if the file is trusted.`,
      [name],
    );
  if (total > limits.maxTotalBytes)
    return fail(
      "docx/template-too-large",
      `The template inflates to more than ${mib(limits.maxTotalBytes)} in all (limits.maxTotalBytes), so it was not read further. Reduce the template's images, or raise the limit if the file is trusted.`,
      [name],
    );
  return undefined;
}

type Inflating = { name: string; declared: number; chunks: Uint8Array[]; size: number };

const joined = (chunks: readonly Uint8Array[], size: number): Uint8Array => {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

/**
 * Inflates every entry, counting bytes as they come: an entry larger than its declared size or
 * than the limits stops the reading at once, so a small zip cannot make it use gigabytes.
 */
function inflateEntries(
  bytes: Uint8Array,
  listed: readonly UnzipFileInfo[],
  limits: TemplateLimits,
): ReadZip {
  const declared = new Map(listed.map((file) => [file.name, file.originalSize]));
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  let stopped: ReadZip | undefined;
  const stop = (result: ReadZip) => {
    stopped ??= result;
  };
  const unzip = new Unzip((file) => {
    if (stopped !== undefined || file.name.endsWith("/")) return;
    const size = declared.get(file.name);
    if (size === undefined || entries.has(file.name))
      return stop(
        fail(
          "docx/template-corrupt",
          `The template's zip names ${JSON.stringify(file.name)} in an entry header but not in its directory; the file is damaged or made to mislead. Save the template again from Word.`,
          [file.name],
        ),
      );
    const state: Inflating = { name: file.name, declared: size, chunks: [], size: 0 };
    file.ondata = (error, chunk, final) => {
      if (stopped !== undefined) return;
      if (error !== null) return stop(corrupt(file.name));
      state.size += chunk.length;
      total += chunk.length;
      const problem = sizeProblem(file.name, state.size, total, limits);
      if (problem !== undefined) return stop(problem);
      if (state.size > state.declared) return stop(corrupt(file.name));
      state.chunks.push(chunk);
      if (final) entries.set(file.name, joined(state.chunks, state.size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && stopped === undefined; at += CHUNK)
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch {
    stop(
      fail(
        "docx/template-corrupt",
        "The template's zip data is damaged and cannot be inflated. Save the template again from Word.",
      ),
    );
  }
  return stopped ?? complete(listed, entries);
}

const corrupt = (name: string): ReadZip =>
  fail(
    "docx/template-corrupt",
    `The template's entry ${JSON.stringify(name)} does not inflate to the size its zip directory gives; the file is damaged or cut short. Save the template again from Word.`,
    [name],
  );

function complete(listed: readonly UnzipFileInfo[], entries: Map<string, Uint8Array>): ReadZip {
  for (const file of listed) {
    if (file.name.endsWith("/")) continue;
    if (entries.get(file.name)?.length !== file.originalSize) return corrupt(file.name);
  }
  return { ok: true, entries };
}

/**
 * Reads a zip that may be hostile: the directory is listed first (entry count, names, declared
 * sizes checked before anything is inflated), then each entry is inflated in small steps with
 * its bytes counted, stopping at the first limit passed.
 */
export function readZip(bytes: Uint8Array, limits: TemplateLimits): ReadZip {
  const listed = listEntries(bytes, limits);
  if (!Array.isArray(listed)) return listed;
  return listingProblem(listed, limits) ?? inflateEntries(bytes, listed, limits);
}
