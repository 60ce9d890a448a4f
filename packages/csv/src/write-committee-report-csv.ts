import { CommitteeReport, formatContent, type Issue, reportTableFields } from "@cja-kit/core";
import { checkObject, guarded, isObject } from "./_internal/arguments";
import { checkOptions, writeRules } from "./_internal/option-checks";
import { writeCsv } from "./_internal/stringify";
import type { CsvWriteOptions } from "./csv-options";

const HEADER = ["Field", "Section number", "Section title", "Role", "Paragraph number", "Text"];

/**
 * Writes a committee report as CSV: first a row per field of the report (subject, report by,
 * author, contact…), named in the Field column; then a row per paragraph, with its section's
 * number, title and role, its own number, and its text (lists as in a plan CSV). A section with no
 * paragraphs gets a row marked `section`. Reads back exactly with {@link readCommitteeReportCsv}.
 *
 * @param report - The report.
 * @param options - How the file is written.
 * @returns The CSV text, and `csv/cell-too-long-for-spreadsheet` warnings for cells longer than a spreadsheet holds (32,767 characters).
 * @throws CjaKitError `usage/invalid-argument` when `report` is not a committee report, or `options` is given and is not an object; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const { csv, issues } = writeCommitteeReportCsv(lanarkshireChiefOfficersUpdate);
 * ```
 */
export function writeCommitteeReportCsv(
  report: CommitteeReport,
  options: CsvWriteOptions = {},
): { csv: string; issues: Issue[] } {
  checkObject(report, "report", "writeCommitteeReportCsv");
  checkObject(options, "options", "writeCommitteeReportCsv");
  checkOptions(options, writeRules, "writeCommitteeReportCsv");
  return guarded(
    "writeCommitteeReportCsv",
    () => [
      ["report", CommitteeReport, report],
      ["options", isObject, options],
    ],
    () => reportCsv(report, options),
  );
}

function reportCsv(report: CommitteeReport, options: CsvWriteOptions): { csv: string; issues: Issue[] } {
  const fields = reportTableFields.flatMap(([field, get]) => {
    const value = get(report);
    return value === undefined ? [] : [[field, "", "", "", "", value]];
  });
  const paragraphs = report.sections.flatMap((section) => {
    const heading = [section.number ?? "", section.title, section.role];
    if (section.paragraphs.length === 0) return [["section", ...heading, "", ""]];
    return section.paragraphs.map((paragraph) => [
      "",
      ...heading,
      paragraph.number ?? "",
      formatContent(paragraph.content),
    ]);
  });
  return writeCsv([HEADER, ...fields, ...paragraphs], options);
}
