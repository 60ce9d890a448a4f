import type { Checked, Issue } from "@cja-kit/core";
import { decode } from "./_internal/decode";
import { detectDelimiter } from "./_internal/delimiter";
import { createPlanReader } from "./_internal/plan-reader";
import { parseRecords, splitHeader } from "./_internal/records";
import type { PlanCsv, ReadPlanCsvOptions } from "./csv-options";

const EMPTY_FILE: Issue = {
  code: "csv/empty-file",
  severity: "error",
  message: "The file has no header row; a plan CSV starts with a row of column headings.",
  path: [],
};

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
  const { text, issues } = decode(input, options.encoding ?? "auto");
  const delimiter =
    options.delimiter === undefined || options.delimiter === "auto"
      ? detectDelimiter(text)
      : options.delimiter;
  const { records, issues: found } = parseRecords(text, delimiter);
  const { header, rows } = splitHeader(records);
  if (header === undefined) return { ok: false, issues: [...issues, ...found, EMPTY_FILE] };
  const reader = createPlanReader(options);
  reader.header(header.cells, header.line);
  for (const row of rows) reader.row(row.cells, row.line);
  return reader.finish([...issues, ...found]);
}
