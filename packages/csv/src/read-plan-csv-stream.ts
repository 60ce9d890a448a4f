import { type ImportResult, planFromRecordStream } from "@cja-kit/core";
import { checkObject, checkSource } from "./_internal/arguments";
import { csvRecordStream } from "./_internal/csv-records";
import { checkReadOptions, planReadRules, readRules } from "./_internal/option-checks";
import { withRewrites } from "./_internal/rewrite-issues";
import type { RewriteNote } from "./_internal/spreadsheet-rewrites";
import type { PlanCsv, ReadPlanCsvOptions } from "./csv-options";

/**
 * Reads a plan CSV incrementally from chunks (a file stream, a `Response.body`, any async iterable
 * of text or bytes, mixed in any order), in one pass, holding only a few rows and the plan being
 * built. The result is the same as {@link readPlanCsv}'s, wherever the chunks are cut.
 *
 * @param source - Chunks of the file, in order.
 * @param options - As for {@link readPlanCsv}.
 * @returns The plan (and progress), every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` (a rejection) when `source` is not an async iterable or gives a chunk that is not a string or a Uint8Array, or `options` is not an object (or names an encoding or delimiter it does not know) or its `plan` is not a plan's owner, kind and period; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * const read = await readPlanCsvStream(createReadStream("plan.csv"), { plan: meta });
 * ```
 */
export async function readPlanCsvStream(
  source: AsyncIterable<string | Uint8Array>,
  options: ReadPlanCsvOptions,
): Promise<ImportResult<PlanCsv>> {
  checkSource(source, "readPlanCsvStream");
  checkObject(options, "options", "readPlanCsvStream");
  checkReadOptions(options, [...readRules, ...planReadRules], "readPlanCsvStream");
  const notes: RewriteNote[] = [];
  return withRewrites(await planFromRecordStream(csvRecordStream(source, options, notes), options), notes);
}
