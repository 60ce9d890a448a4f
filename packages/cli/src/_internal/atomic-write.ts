import { randomBytes } from "node:crypto";
import { link, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { interrupted, usageError } from "./failure";
import { fsFailure } from "./fs-failure";
import { trackTemp, untrackTemp } from "./temp-files";

/** How an output is written: whether it may replace a file, and the signal that stops the run. */
export type WriteOptions = { force: boolean; signal: AbortSignal };

function exists(shown: string): Error {
  return usageError("output-exists", `${shown} exists; add --force to replace it.`);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Checks an output can be written before any work is done: its folder exists, and the file does
 * not (unless `force`), so a long run does not end in a refusal.
 */
export async function checkOutput(path: string, shown: string, force: boolean): Promise<void> {
  const folder = await stat(dirname(path)).catch(() => undefined);
  if (folder === undefined || !folder.isDirectory())
    throw usageError("no-folder", `${shown}: the folder ${dirname(shown)} does not exist; create it first.`);
  if (!force && (await isFile(path))) throw exists(shown);
}

async function writeTemp(temp: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// Without --force the file is linked into place, which fails if it exists (no check-then-write
// race); where links are not allowed (some network and FAT file systems) it is checked, then renamed.
async function place(temp: string, path: string, shown: string, force: boolean): Promise<void> {
  if (force) return rename(temp, path);
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EEXIST") throw exists(shown);
    if (await isFile(path)) throw exists(shown);
    await rename(temp, path);
  }
}

/**
 * Writes an output whole or not at all: to a temporary file in the same folder, flushed to disk,
 * then renamed into place; the temporary file is removed on any failure or on Ctrl-C.
 */
export async function writeOutput(
  path: string,
  shown: string,
  data: string | Uint8Array,
  options: WriteOptions,
): Promise<void> {
  if (options.signal.aborted) throw interrupted();
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  trackTemp(temp);
  try {
    await writeTemp(temp, data);
    if (options.signal.aborted) throw interrupted();
    await place(temp, path, shown, options.force);
  } catch (error) {
    throw fsFailure(error, shown, "write") ?? error;
  } finally {
    await rm(temp, { force: true });
    untrackTemp(temp);
  }
}
