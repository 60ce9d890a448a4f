import type { Checked, Issue } from "@cja-kit/core";
import { recordBatches } from "./_internal/batches";
import { type CsvDelimiter, detectDelimiter } from "./_internal/delimiter";
import { createPlanReader } from "./_internal/plan-reader";
import { isBlankRecord, parseRecords } from "./_internal/records";
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
  const issues: Issue[] = [];
  const reader = createPlanReader(options);
  let delimiter: CsvDelimiter | undefined = options.delimiter === "auto" ? undefined : options.delimiter;
  let header = false;
  for await (const batch of recordBatches(source, options.encoding ?? "auto", issues)) {
    delimiter ??= detectDelimiter(batch.text);
    const { records, issues: found } = parseRecords(batch.text, delimiter, batch.firstLine);
    issues.push(...found);
    for (const record of records) {
      if (!header && isBlankRecord(record)) continue;
      if (header) reader.row(record.cells, record.line);
      else reader.header(record.cells, record.line);
      header = true;
    }
  }
  if (!header)
    return {
      ok: false,
      issues: [
        ...issues,
        {
          code: "csv/empty-file",
          severity: "error",
          message: "The file has no header row; a plan CSV starts with a row of column headings.",
          path: [],
        },
      ],
    };
  return reader.finish(issues);
}
