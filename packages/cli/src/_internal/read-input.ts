import { readFile } from "node:fs/promises";
import { fsFailure } from "./fs-failure";

/** A file's bytes; a missing or unreadable file stops the command with a line naming it. */
export async function readInput(path: string, shown: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw fsFailure(error, shown, "read") ?? error;
  }
}
