import {
  type ImportResult,
  type ProgressReturn,
  type ReturnsImportOptions,
  returnsFromRecords,
} from "@cja-kit/core";
import { checkInput, checkObject } from "./_internal/arguments";
import { csvRecords } from "./_internal/csv-records";
import { checkReadOptions, readRules, returnsReadRules } from "./_internal/option-checks";
import { withRewrites } from "./_internal/rewrite-issues";
import type { RewriteNote } from "./_internal/spreadsheet-rewrites";
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
export type ReadProgressCsvOptions = CsvReadOptions & ReturnsImportOptions;

/**
 * Reads progress returns from CSV, one row per action (or action row) per period, as
 * {@link writeProgressCsv} writes them or a spreadsheet keeps them, through core's import: rows are
 * grouped into one return per period, plan, title and date, in the order they first appear. The
 * status is read from the wording unless a Status column gives it (`Complete`, `COMPLETE`, `On
 * Target`, in any case); a RAG column and a revised due date are kept; `Reported on` may be
 * day-first (`30/09/2010`). Every problem is an issue with its row and column.
 *
 * @param input - The file's text or bytes.
 * @param options - Whose returns, default period, and how to read the file.
 * @returns The returns, every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when `input` is not a string or a Uint8Array, or `options` is not an object (or names an encoding or delimiter it does not know) or its `authority` is not an authority; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const read = readProgressCsv(text, { authority: communityJusticeAuthorities.lanarkshire });
 * if (read.ok) read.value.map((r) => r.entries.length);
 * ```
 */
export function readProgressCsv(
  input: string | Uint8Array,
  options: ReadProgressCsvOptions,
): ImportResult<ProgressReturn[]> {
  checkInput(input, "readProgressCsv");
  checkObject(options, "options", "readProgressCsv");
  checkReadOptions(options, [...readRules, ...returnsReadRules], "readProgressCsv");
  const notes: RewriteNote[] = [];
  return withRewrites(returnsFromRecords(csvRecords(input, options, notes), options), notes);
}
