import {
  type Authority,
  type Checked,
  type CommitteeReport,
  formatContent,
  type Issue,
  parseContent,
  ReportSectionRole,
  validateCommitteeReport,
} from "@cja-kit/core";
import { checkCells, limits } from "./_internal/cell-checks";
import { restoreFormula } from "./_internal/formula";
import { fileRecords } from "./_internal/read-records";
import { splitHeader } from "./_internal/records";
import { toCsv } from "./_internal/stringify";
import type { CsvReadOptions, CsvWriteOptions } from "./csv-options";

const HEADER = ["Field", "Section number", "Section title", "Role", "Paragraph number", "Text"];

/** The report's own fields, as the Field column names them. */
const FIELDS = {
  id: (r: CommitteeReport) => r.id,
  agendaItem: (r: CommitteeReport) => r.agendaItem,
  meeting: (r: CommitteeReport) => r.meeting,
  meetingDate: (r: CommitteeReport) => r.meetingDate,
  reportBy: (r: CommitteeReport) => r.reportBy,
  subject: (r: CommitteeReport) => r.subject,
  authorName: (r: CommitteeReport) => r.author?.name,
  authorRole: (r: CommitteeReport) => r.author?.role,
  authorBody: (r: CommitteeReport) => r.author?.body,
  date: (r: CommitteeReport) => r.date,
  contactHeading: (r: CommitteeReport) => r.contactHeading,
  contactIntro: (r: CommitteeReport) => r.contactIntro,
  contactName: (r: CommitteeReport) => r.contact?.name,
  contactRole: (r: CommitteeReport) => r.contact?.role,
  contactPhone: (r: CommitteeReport) => r.contact?.phone,
  contactEmail: (r: CommitteeReport) => r.contact?.email,
} as const;
type Field = keyof typeof FIELDS;

/**
 * Writes a committee report as CSV: first a row per field of the report (subject, report by,
 * author, contact…), named in the Field column; then a row per paragraph, with its section's
 * number, title and role, its own number, and its text (lists as in a plan CSV). A section with no
 * paragraphs gets a row marked `section`. Reads back exactly with {@link readCommitteeReportCsv}.
 *
 * @param report - The report.
 * @param options - How the file is written.
 * @returns The CSV text.
 * @example
 * ```ts
 * const csv = writeCommitteeReportCsv(lanarkshireChiefOfficersUpdate);
 * ```
 */
export function writeCommitteeReportCsv(report: CommitteeReport, options: CsvWriteOptions = {}): string {
  const fields = (Object.keys(FIELDS) as Field[]).flatMap((field) => {
    const value = FIELDS[field](report);
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
  return toCsv([HEADER, ...fields, ...paragraphs], options);
}

type Draft = { fields: Partial<Record<Field, string>>; sections: CommitteeReport["sections"] };

function readRow(cells: string[], line: number, draft: Draft, issues: Issue[]): void {
  const [field = "", number = "", title = "", roleText = "", paragraph = "", text = ""] = cells;
  if (field.length > 0 && field !== "section") {
    if (field in FIELDS) draft.fields[field as Field] = text;
    else
      issues.push({
        code: "csv/unknown-field",
        severity: "warning",
        message: `"${field}" is not a field of a committee report; the row was left out.`,
        path: [],
        row: line,
        column: "Field",
      });
    return;
  }
  const role = ReportSectionRole.safeParse(roleText);
  if (!role.success) {
    issues.push({
      code: "csv/unknown-role",
      severity: "error",
      message: `"${roleText}" is not a section role; use one of ${ReportSectionRole.options.join(", ")}.`,
      path: [],
      row: line,
      column: "Role",
    });
    return;
  }
  const last = draft.sections.at(-1);
  const same =
    last !== undefined &&
    (last.number ?? "") === number &&
    last.title === title &&
    last.role === role.data &&
    field !== "section";
  const section = same
    ? last
    : { ...(number.length > 0 ? { number } : {}), title, role: role.data, paragraphs: [] };
  if (!same) draft.sections.push(section);
  if (field !== "section")
    section.paragraphs.push({
      ...(paragraph.length > 0 ? { number: paragraph } : {}),
      content: parseContent(text),
    });
}

function reportFrom(draft: Draft, authority: Authority): unknown {
  const f = draft.fields;
  const author =
    f.authorName === undefined
      ? undefined
      : {
          name: f.authorName,
          ...(f.authorRole === undefined ? {} : { role: f.authorRole }),
          ...(f.authorBody === undefined ? {} : { body: f.authorBody }),
        };
  const contact =
    f.contactName === undefined
      ? undefined
      : {
          name: f.contactName,
          ...(f.contactRole === undefined ? {} : { role: f.contactRole }),
          ...(f.contactPhone === undefined ? {} : { phone: f.contactPhone }),
          ...(f.contactEmail === undefined ? {} : { email: f.contactEmail }),
        };
  const plain = (["id", "agendaItem", "meeting", "meetingDate", "reportBy", "subject"] as const)
    .filter((k) => f[k] !== undefined)
    .map((k) => [k, f[k]]);
  const closing = (["date", "contactIntro", "contactHeading"] as const)
    .filter((k) => f[k] !== undefined)
    .map((k) => [k, f[k]]);
  return {
    ...Object.fromEntries(plain),
    authority,
    sections: draft.sections,
    ...(author === undefined ? {} : { author }),
    ...Object.fromEntries(closing),
    ...(contact === undefined ? {} : { contact }),
  };
}

/**
 * Options for {@link readCommitteeReportCsv}: whose report it is, and how to read the file.
 *
 * @example
 * ```ts
 * const options: ReadCommitteeReportCsvOptions = { authority: communityJusticeAuthorities.lanarkshire };
 * ```
 */
export type ReadCommitteeReportCsvOptions = CsvReadOptions & { authority: Authority };

/**
 * Reads a committee report from the CSV {@link writeCommitteeReportCsv} writes: the report's
 * fields, then its sections and paragraphs in order. Every problem is an issue with its row and
 * column; the report is checked with core's `validateCommitteeReport`.
 *
 * @param input - The file's text or bytes.
 * @param options - Whose report, and how to read the file.
 * @returns The report, or every issue found.
 * @example
 * ```ts
 * const read = readCommitteeReportCsv(csv, { authority: communityJusticeAuthorities.lanarkshire });
 * if (read.ok) read.value.sections.length;
 * ```
 */
export function readCommitteeReportCsv(
  input: string | Uint8Array,
  options: ReadCommitteeReportCsvOptions,
): Checked<CommitteeReport> {
  const { records, issues } = fileRecords(input, options);
  const draft: Draft = { fields: {}, sections: [] };
  const restore = options.restoreFormulas ?? true;
  const { maxCellLength } = limits(options);
  for (const record of splitHeader(records).rows) {
    const cells = restore ? record.cells.map(restoreFormula) : record.cells;
    const checked = checkCells(cells, HEADER, record.line, maxCellLength);
    issues.push(...checked.issues);
    if (!checked.skip) readRow(cells, record.line, draft, issues);
  }
  const checked = validateCommitteeReport(reportFrom(draft, options.authority));
  const all = [...issues, ...checked.issues];
  return checked.ok && !all.some((issue) => issue.severity === "error")
    ? { ok: true, value: checked.value, issues: all }
    : { ok: false, issues: all };
}
