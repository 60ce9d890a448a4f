import type { Checked } from "@cja-kit/core";
import { createPlanReader } from "./_internal/plan-reader";
import { readRecords } from "./_internal/read-records";
import type { PlanCsv, ReadPlanCsvOptions } from "./csv-options";

/**
 * Reads a plan CSV written by a spreadsheet or by {@link writePlanCsv}: headings matched through
 * aliases ("Work Group/ Chair", "Lead Officer", "When will it be done by?", …) ignoring case, spacing
 * and punctuation; unknown columns kept as extra fields; multi-line cells; UTF-8 with or without
 * BOM or Windows-1252; CRLF or LF; comma, semicolon or tab. Rows with a blank number are further
 * rows of the action above; `cont./` rows continue the row before. Every problem is an issue with
 * its file row and column, collected rather than thrown: a bad row does not hide the good ones.
 *
 * @param input - The file's text or bytes.
 * @param options - The plan's owner, kind and period (a CSV does not say), the return progress
 *   columns belong to, and how to read the file.
 * @returns The plan (and progress), or every issue found.
 * @example
 * ```ts
 * const read = readPlanCsv(text, { plan: { kind: "action-plan", authority, period: { from: "2010-11", to: "2010-11" } } });
 * if (!read.ok) read.issues.forEach((issue) => console.log(formatIssue(issue)));
 * ```
 */
export function readPlanCsv(input: string | Uint8Array, options: ReadPlanCsvOptions): Checked<PlanCsv> {
  return readRecords(input, options, createPlanReader(options), "a plan CSV");
}
