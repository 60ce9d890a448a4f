import type { CommitteeReport } from "@cja-kit/core";
import {
  AlignmentType,
  type FileChild,
  HeadingLevel,
  Paragraph,
  TableBorders,
  TableRow,
  TextRun,
} from "docx";
import { splitWidth } from "./column-widths";
import type { Context } from "./context";
import { STYLE } from "./styles";
import { cell, table } from "./table";
import { textRuns } from "./text-runs";

type Field = { label: string; key: "meeting" | "meetingDate" | "reportBy" | "subject" };

const FIELDS: readonly Field[] = [
  { label: "Date of Meeting:", key: "meetingDate" },
  { label: "Report by:", key: "reportBy" },
  { label: "Subject:", key: "subject" },
];

/**
 * The header fields of a council report, in a table without borders: shown when the report has
 * any, each with its value or left blank to be filled in (seed 004's blank Date of Meeting).
 */
function headerFields(context: Context, report: CommitteeReport, width: number): FileChild[] {
  if (FIELDS.every(({ key }) => report[key] === undefined)) return [];
  const fields =
    report.meeting === undefined ? FIELDS : [{ label: "Meeting:", key: "meeting" } as const, ...FIELDS];
  const widths = splitWidth([1, 3], width);
  const rows = fields.map(({ label, key }) => {
    const value = report[key];
    const text = value === undefined ? [] : textRuns(context, value, { path: [key] });
    return new TableRow({
      cantSplit: true,
      children: [
        cell([new Paragraph({ children: [new TextRun({ text: label, bold: true })] })], widths[0] ?? 0),
        cell([new Paragraph({ children: text })], widths[1] ?? 0),
      ],
    });
  });
  return [table(rows, widths, TableBorders.NONE), new Paragraph({ children: [] })];
}

/** The top of a council report: the authority, "Report" (Title style) and the header fields. */
export function reportLetterhead(context: Context, report: CommitteeReport, width: number): FileChild[] {
  return [
    new Paragraph({
      style: STYLE.coverLine,
      alignment: AlignmentType.LEFT,
      children: textRuns(context, report.authority.name, { path: ["authority", "name"] }),
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 240 },
      children: [new TextRun("Report")],
    }),
    ...headerFields(context, report, width),
  ];
}
