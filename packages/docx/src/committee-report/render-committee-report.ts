import type { CommitteeReport, ReportParagraph } from "@cja-kit/core";
import { type FileChild, HeadingLevel, Paragraph, Tab, TabStopType, TextRun } from "docx";
import { assemble, contentWidth } from "../_internal/assemble";
import { blockParagraphs } from "../_internal/content-paragraphs";
import { at, type Context, createContext, type Where } from "../_internal/context";
import { reportClosing } from "../_internal/report-closing";
import { reportLetterhead } from "../_internal/report-letterhead";
import { resolveOptions } from "../_internal/resolve-options";
import { sectionNumbers } from "../_internal/section-number";
import { textRuns } from "../_internal/text-runs";
import type { CommitteeReportOptions } from "../options/render-options";
import type { RenderedDocx } from "../rendered-docx";

/** Where a section's and a paragraph's text starts: 1.5 cm in, the numbers in the margin before it. */
const INDENT = 851;
const hanging = {
  indent: { left: INDENT, hanging: INDENT },
  tabStops: [{ type: TabStopType.LEFT, position: INDENT }],
};

function numbered(context: Context, number: string | undefined, where: Where): TextRun[] {
  return number === undefined
    ? []
    : [...textRuns(context, number, at(where, "number")), new TextRun({ children: [new Tab()] })];
}

function paragraphChildren(context: Context, paragraph: ReportParagraph, where: Where): Paragraph[] {
  const [first, ...rest] = paragraph.content;
  const number = numbered(context, paragraph.number, where);
  const lead =
    first?.kind === "paragraph"
      ? [
          new Paragraph({
            ...hanging,
            children: [
              ...number,
              ...textRuns(
                context,
                first.text,
                at(where, "content", 0, "text"),
                first.strong ? { bold: true } : {},
              ),
            ],
          }),
        ]
      : [
          ...(number.length === 0
            ? []
            : [new Paragraph({ ...hanging, keepNext: true, spacing: { after: 0 }, children: number })]),
          ...(first === undefined
            ? []
            : blockParagraphs(context, first, at(where, "content", 0), "body", { indent: INDENT })),
        ];
  return [
    ...lead,
    ...rest.flatMap((block, i) =>
      blockParagraphs(context, block, at(where, "content", i + 1), "body", { indent: INDENT }),
    ),
  ];
}

/**
 * Renders a committee report in a council's report layout (seeds 000 and 004): the authority,
 * the header block a paper is known by (Agenda item, Report to, Date of Meeting, Report by,
 * Subject, and the report's date where there is no meeting date; "Report by" is the signatory
 * where the report names no one else), numbered sections and paragraphs (section numbers printed
 * one way throughout, paragraph numbers as stored), the author's block and date, and the contact
 * block ("Name, Role", phone, "E-mail: …") under the report's own contact heading, if it has one.
 *
 * @param report - The report.
 * @param options - Page, font, colours, properties, letterhead; see {@link CommitteeReportOptions}.
 * @returns The document and the issues met.
 * @example
 * ```ts
 * const rendered = renderCommitteeReport(lanarkshireChiefOfficersUpdate, { created: "2007-09-01T00:00:00Z" });
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderCommitteeReport(
  report: CommitteeReport,
  options: CommitteeReportOptions = {},
): RenderedDocx {
  const context = createContext(resolveOptions(options));
  const width = contentWidth(context.options, "portrait");
  const title = report.subject ?? `${report.authority.name} report`;
  const numbers = sectionNumbers(report.sections.map((section) => section.number));
  const children: FileChild[] = [
    ...(options.letterhead === false ? [] : reportLetterhead(context, report, width)),
    ...report.sections.flatMap((section, s) => {
      const where = { path: ["sections", s] };
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          ...hanging,
          children: [
            ...numbered(context, numbers[s], where),
            ...textRuns(context, section.title, at(where, "title")),
          ],
        }),
        ...section.paragraphs.flatMap((p, i) => paragraphChildren(context, p, at(where, "paragraphs", i))),
      ];
    }),
    ...reportClosing(context, report),
  ];
  const firstPage = options.letterhead === false ? {} : { firstPage: "untitled" as const };
  return assemble(context, [{ orientation: "portrait", children, ...firstPage }], {
    title,
    author: report.authority.name,
  });
}
