import type { Checked, ProgressReturn } from "@cja-kit/core";
import { createProgressReader } from "./_internal/progress-reader";
import { readRecordStream } from "./_internal/read-records";
import type { ReadProgressCsvOptions } from "./read-progress-csv";

/**
 * Reads progress returns from CSV chunks as they arrive (a file stream, a `Response.body`, any
 * async iterable of text or bytes), without holding the whole text; otherwise as
 * {@link readProgressCsv}.
 *
 * @param source - Chunks of the file, in order.
 * @param options - As for {@link readProgressCsv}.
 * @returns The returns, or every issue found.
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * const read = await readProgressCsvStream(createReadStream("returns.csv"), { authority });
 * ```
 */
export async function readProgressCsvStream(
  source: AsyncIterable<string | Uint8Array>,
  options: ReadProgressCsvOptions,
): Promise<Checked<ProgressReturn[]>> {
  return readRecordStream(source, options, createProgressReader(options), "a progress CSV");
}
