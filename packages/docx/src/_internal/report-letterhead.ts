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

/** A row of the header block: its label, and its value (blank to fill in on a draft). */
type HeaderRow = { label: string; value?: string; path: string };

/** Who reports: the report's own "Report by", else its signatory's name and post. */
function reportBy(report: CommitteeReport): HeaderRow | undefined {
  if (report.reportBy !== undefined) return { label: "Report by:", value: report.reportBy, path: "reportBy" };
  const author = report.author;
  if (author === undefined) return undefined;
  const value = [author.name, author.role].filter((t) => t !== undefined && t.length > 0).join(", ");
  return { label: "Report by:", value, path: "author" };
}

/**
 * The rows of a council paper's header block (South Lanarkshire Council's layout: Report to,
 * Date of Meeting, Report by, Subject), each from the model: the meeting date left blank on a
 * draft that names who reports or the subject (seed 004), the report's own date where there is
 * no meeting date, so the paper can be identified before its signature.
 */
export function headerRows(report: CommitteeReport): HeaderRow[] {
  const council =
    report.reportBy !== undefined || report.subject !== undefined || report.meeting !== undefined;
  const rows: Array<HeaderRow | undefined> = [
    report.agendaItem === undefined
      ? undefined
      : { label: "Agenda item:", value: report.agendaItem, path: "agendaItem" },
    report.meeting === undefined
      ? undefined
      : { label: "Report to:", value: report.meeting, path: "meeting" },
    report.meetingDate !== undefined || council
      ? {
          label: "Date of Meeting:",
          ...(report.meetingDate === undefined ? {} : { value: report.meetingDate }),
          path: "meetingDate",
        }
      : undefined,
    reportBy(report),
    report.subject === undefined ? undefined : { label: "Subject:", value: report.subject, path: "subject" },
    report.meetingDate === undefined && report.date !== undefined
      ? { label: "Date of Report:", value: report.date, path: "date" }
      : undefined,
  ];
  return rows.filter((row): row is HeaderRow => row !== undefined);
}

/** The header block, in a table without borders, kept together on the first page. */
function headerFields(context: Context, report: CommitteeReport, width: number): FileChild[] {
  const fields = headerRows(report);
  if (fields.length === 0) return [];
  const widths = splitWidth([1, 3], width);
  const rows = fields.map(({ label, value, path }, i) => {
    const text = value === undefined ? [] : textRuns(context, value, { path: [path] });
    return new TableRow({
      cantSplit: true,
      ...(i < fields.length - 1 ? { keepNext: true } : {}),
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
