import type { Authority, Checked, ProgressReturn, ReportingPeriod } from "@cja-kit/core";
import { createProgressReader } from "./_internal/progress-reader";
import { readRecords } from "./_internal/read-records";
import type { CsvReadOptions } from "./csv-options";

/**
 * Options for {@link readProgressCsv}: whose returns the rows are, the period for a file with no
 * Period column, the plan for a file with no Plan column, and how to read the file.
 *
 * @example
 * ```ts
 * const options: ReadProgressCsvOptions = { authority: communityJusticeAuthorities.lanarkshire, period: { kind: "quarter", year: "2010-11", quarter: 2 } };
 * ```
 */
export type ReadProgressCsvOptions = CsvReadOptions & {
  /** Whose returns the rows are. */
  authority: Authority;
  /** The period of rows with no Period column or an empty Period cell. */
  period?: ReportingPeriod;
  /** The plan of rows with no Plan column or an empty Plan cell. */
  planId?: string;
};

/**
 * Reads progress returns from CSV, one row per action (or action row) per period, as
 * {@link writeProgressCsv} writes them or a spreadsheet keeps them: rows are grouped into one return
 * per period, plan, title and date, in the order they first appear. Status is read from the
 * wording unless a Status column gives it. Every problem is an issue with its row and column.
 *
 * @param input - The file's text or bytes.
 * @param options - Whose returns, default period, and how to read the file.
 * @returns The returns, or every issue found.
 * @example
 * ```ts
 * const read = readProgressCsv(text, { authority: communityJusticeAuthorities.lanarkshire });
 * if (read.ok) read.value.map((r) => r.entries.length);
 * ```
 */
export function readProgressCsv(
  input: string | Uint8Array,
  options: ReadProgressCsvOptions,
): Checked<ProgressReturn[]> {
  return readRecords(input, options, createProgressReader(options), "a progress CSV");
}
