import type { Checked, Issue, ProgressReturn } from "@cja-kit/core";
import { recordBatches } from "./_internal/batches";
import { type CsvDelimiter, detectDelimiter } from "./_internal/delimiter";
import { createProgressReader } from "./_internal/progress-reader";
import { isBlankRecord, parseRecords } from "./_internal/records";
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
  const issues: Issue[] = [];
  const reader = createProgressReader(options);
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
          message: "The file has no header row; a progress CSV starts with a row of column headings.",
          path: [],
        },
      ],
    };
  return reader.finish(issues);
}
