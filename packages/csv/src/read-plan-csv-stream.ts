import type { Checked } from "@cja-kit/core";
import { createPlanReader } from "./_internal/plan-reader";
import { readRecordStream } from "./_internal/read-records";
import type { PlanCsv, ReadPlanCsvOptions } from "./csv-options";

/**
 * Reads a plan CSV incrementally from chunks (a file stream, a `Response.body`, any async iterable
 * of text or bytes), without holding the whole text: records are read batch by batch as chunks
 * arrive. The result is the same as {@link readPlanCsv}'s; the encoding is chosen from the first
 * chunk when it is `auto`.
 *
 * @param source - Chunks of the file, in order.
 * @param options - As for {@link readPlanCsv}.
 * @returns The plan (and progress), or every issue found.
 * @example
 * ```ts
 * import { createReadStream } from "node:fs";
 * const read = await readPlanCsvStream(createReadStream("plan.csv"), { plan: meta });
 * ```
 */
export async function readPlanCsvStream(
  source: AsyncIterable<string | Uint8Array>,
  options: ReadPlanCsvOptions,
): Promise<Checked<PlanCsv>> {
  return readRecordStream(source, options, createPlanReader(options), "a plan CSV");
}
