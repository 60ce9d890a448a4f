import { type ImportResult, type ProgressReturn, returnsFromRecordStream } from "@cja-kit/core";
import { checkObject, checkSource } from "./_internal/arguments";
import { csvRecordStream } from "./_internal/csv-records";
import { checkReadOptions, readRules, returnsReadRules } from "./_internal/option-checks";
import { withRewrites } from "./_internal/rewrite-issues";
import type { RewriteNote } from "./_internal/spreadsheet-rewrites";
import type { ReadProgressCsvOptions } from "./read-progress-csv";

/**
 * Reads progress returns from CSV chunks as they arrive (a file stream, a `Response.body`, any
 * async iterable of text or bytes), in one pass; otherwise as {@link readProgressCsv}.
 *
 * @param source - Chunks of the file, in order.
 * @param options - As for {@link readProgressCsv}.
 * @returns The returns, every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` (a rejection) when `source` is not an async iterable or gives a chunk that is not a string or a Uint8Array, or `options` is not an object (or names an encoding or delimiter it does not know) or its `authority` is not an authority; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * const read = await readProgressCsvStream(createReadStream("returns.csv"), { authority });
 * ```
 */
export async function readProgressCsvStream(
  source: AsyncIterable<string | Uint8Array>,
  options: ReadProgressCsvOptions,
): Promise<ImportResult<ProgressReturn[]>> {
  checkSource(source, "readProgressCsvStream");
  checkObject(options, "options", "readProgressCsvStream");
  checkReadOptions(options, [...readRules, ...returnsReadRules], "readProgressCsvStream");
  const notes: RewriteNote[] = [];
  return withRewrites(await returnsFromRecordStream(csvRecordStream(source, options, notes), options), notes);
}
