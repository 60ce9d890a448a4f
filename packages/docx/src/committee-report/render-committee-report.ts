import type { CommitteeReport } from "@cja-kit/core";
import type { FileChild } from "docx";
import { assemble, contentWidth } from "../_internal/assemble";
import { createContext } from "../_internal/context";
import { committeeReportCheck } from "../_internal/document-checks";
import { requireInputs } from "../_internal/input-issues";
import { renderOptionsCheck } from "../_internal/options-issues";
import { reportSection } from "../_internal/report-body";
import { reportClosing } from "../_internal/report-closing";
import { reportLetterhead } from "../_internal/report-letterhead";
import { resolveOptions } from "../_internal/resolve-options";
import { sectionNumbers } from "../_internal/section-number";
import type { CommitteeReportOptions } from "../options/render-options";
import type { RenderedDocx } from "../rendered-docx";

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
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
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
  requireInputs("renderCommitteeReport", [
    ["report", committeeReportCheck, report],
    ["options", renderOptionsCheck, options],
  ]);
  const context = createContext(resolveOptions(options));
  const width = contentWidth(context.options, "portrait");
  const title = report.subject ?? `${report.authority.name} report`;
  const numbers = sectionNumbers(report.sections.map((section) => section.number));
  const children: FileChild[] = [
    ...(options.letterhead === false ? [] : reportLetterhead(context, report, width)),
    ...report.sections.flatMap((section, s) =>
      reportSection(context, section, numbers[s], { path: ["sections", s] }),
    ),
    ...reportClosing(context, report),
  ];
  const firstPage = options.letterhead === false ? {} : { firstPage: "untitled" as const };
  return assemble(context, [{ orientation: "portrait", children, ...firstPage }], {
    title,
    author: report.authority.name,
  });
}
