import { stat } from "node:fs/promises";
import { type Context, pathIn } from "./context";
import { usageError } from "./failure";
import { fsFailure } from "./fs-failure";
import { inputFormat } from "./load-document";

/** Checks each file is there and is a file, so a long run does not stop half-way over a mistyped name. */
export async function checkFiles(context: Context, files: readonly string[]): Promise<void> {
  for (const file of files) {
    const found = await stat(pathIn(context, file)).catch((error: unknown) => {
      throw fsFailure(error, file, "read") ?? error;
    });
    if (!found.isFile()) throw usageError("cannot-read", `${file}: cannot read it: is a folder, not a file.`);
  }
}

/** Checks every input before any work: a format the command reads, and a file that is there. */
export async function checkInputs(context: Context, files: readonly string[]): Promise<void> {
  for (const file of files) inputFormat(file);
  await checkFiles(context, files);
}
