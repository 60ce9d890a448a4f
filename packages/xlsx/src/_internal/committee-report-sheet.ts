import { type CommitteeReport, formatContent, reportTableFields } from "@cja-kit/core";
import { type Cell, type SheetSpec, text } from "./sheet-model";
import { SHEET_NAMES } from "./sheet-names";

const COLUMNS = [
  { label: "Field", width: 16 },
  { label: "Section number", width: 10 },
  { label: "Section title", width: 30 },
  { label: "Role", width: 14 },
  { label: "Paragraph number", width: 10 },
  { label: "Text", width: 80 },
];

/**
 * The committee report sheet: the committee-report table core reads (the columns of
 * `writeCommitteeReportCsv`): a row per field of the report named in the Field column, then a row
 * per paragraph with its section's number, title and role, its own number and its text; a section
 * with no paragraphs a row marked `section`.
 */
export function committeeReportSheet(report: CommitteeReport): SheetSpec {
  const fields = reportTableFields.flatMap(([field, get]): Array<Array<Cell | undefined>> => {
    const value = get(report);
    return value === undefined
      ? []
      : [[text(field), undefined, undefined, undefined, undefined, text(value)]];
  });
  const paragraphs = report.sections.flatMap((section): Array<Array<Cell | undefined>> => {
    const heading = [text(section.number), text(section.title), text(section.role)];
    if (section.paragraphs.length === 0) return [[text("section"), ...heading]];
    return section.paragraphs.map((paragraph) => [
      undefined,
      ...heading,
      text(paragraph.number),
      text(formatContent(paragraph.content)),
    ]);
  });
  return {
    name: SHEET_NAMES.committeeReport,
    table: true,
    columns: COLUMNS,
    rows: [...fields, ...paragraphs],
  };
}
