import { type ImportResult, planFromRecords } from "@cja-kit/core";
import { checkInput, checkObject } from "./_internal/arguments";
import { csvRecords } from "./_internal/csv-records";
import { checkReadOptions, planReadRules, readRules } from "./_internal/option-checks";
import { withRewrites } from "./_internal/rewrite-issues";
import type { RewriteNote } from "./_internal/spreadsheet-rewrites";
import type { PlanCsv, ReadPlanCsvOptions } from "./csv-options";

/**
 * Reads a plan CSV written by a spreadsheet or by {@link writePlanCsv}, through core's import:
 * headings matched through the plan's own labels, the canonical headings and the aliases
 * ("Work Group/ Chair", "Managed By", "Action Due Date", …) ignoring case, punctuation and plurals,
 * or as the `headings` option says; unknown columns kept as extra columns; rows shaped into theme
 * headings, actions and further rows (`cont./` rows continue the row before, a list with no
 * numbers is numbered by position, cells Excel merged are filled in). UTF-8, Windows-1252 or
 * UTF-16; CRLF, LF or CR; comma, semicolon or tab, or an Excel `sep=` line. Every non-empty cell
 * ends in the plan or in an issue with its row and column; the mapping report says how each
 * column and row was read. A cell that reads as a spreadsheet's rewriting of something else
 * (`Nov-10`, `07/01/08`, an action `1.1` after `1.9`) is kept as written, with a warning
 * (`csv/spreadsheet-rewrite`).
 *
 * @param input - The file's text or bytes.
 * @param options - The plan's owner, kind and period (a CSV does not say), the return progress
 *   columns belong to, and how to read the file.
 * @returns The plan (and progress), every issue found, and the mapping report.
 * @throws CjaKitError `usage/invalid-argument` when `input` is not a string or a Uint8Array, or `options` is not an object (or names an encoding or delimiter it does not know) or its `plan` is not a plan's owner, kind and period; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const read = readPlanCsv(text, { plan: { kind: "action-plan", authority, period: { from: "2017-18", to: "2017-18" } } });
 * console.log(formatMappingReport(read.report));
 * if (!read.ok) read.issues.forEach((issue) => console.log(formatIssue(issue)));
 * ```
 */
export function readPlanCsv(input: string | Uint8Array, options: ReadPlanCsvOptions): ImportResult<PlanCsv> {
  checkInput(input, "readPlanCsv");
  checkObject(options, "options", "readPlanCsv");
  checkReadOptions(options, [...readRules, ...planReadRules], "readPlanCsv");
  const notes: RewriteNote[] = [];
  return withRewrites(planFromRecords(csvRecords(input, options, notes), options), notes);
}
