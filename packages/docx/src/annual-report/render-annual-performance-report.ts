import {
  type AnnualPerformanceReport,
  type AnnualReportPart,
  type AnnualReportSection,
  annualReportLabels,
  annualReportSections,
  selfAssessmentTable,
} from "@cja-kit/core";
import { type FileChild, Paragraph } from "docx";
import { assemble, contentHeight, contentWidth } from "../_internal/assemble";
import { caseStudyBox } from "../_internal/case-study-box";
import { contentParagraphs } from "../_internal/content-paragraphs";
import { at, type Context, createContext, type Where } from "../_internal/context";
import { annualReportCheck } from "../_internal/document-checks";
import { heading } from "../_internal/heading";
import { createFigures, type Figures, withFigures } from "../_internal/indicator-chart";
import { indicatorSection } from "../_internal/indicator-section";
import { requireInputs } from "../_internal/input-issues";
import { renderOptionsCheck } from "../_internal/options-issues";
import { periodWords } from "../_internal/period-words";
import { resolveOptions } from "../_internal/resolve-options";
import { rowRoom } from "../_internal/row-room";
import { scoreTable } from "../_internal/score-table";
import { STYLE } from "../_internal/styles";
import { titleBlock } from "../_internal/title-block";
import type { AnnualReportOptions } from "../options/annual-report-options";
import type { RenderedDocx } from "../rendered-docx";

/** What every part of the report shares: the page's width and room, the figures, charts or not. */
type Look = { width: number; rowRoom: number; figures: Figures; charts: boolean };

const changeOf = (part: { change?: number }) => (part.change === undefined ? {} : { change: part.change });

/** A part of an outcome's section, in the report's order, with the outcome's place in the report. */
function partChildren(
  context: Context,
  report: AnnualPerformanceReport,
  part: AnnualReportPart,
  place: { outcome: number; caseStudy: number },
  look: Look,
): FileChild[] {
  const where: Where = { path: ["outcomes", place.outcome] };
  const outcome = report.outcomes[place.outcome];
  const title = heading(
    context,
    2,
    part.heading,
    at(where, part.kind === "case-study" ? "caseStudies" : part.kind),
  );
  switch (part.kind) {
    case "content":
      return [
        title,
        ...contentParagraphs(
          context,
          part.content,
          at(where, part.role === "actions" ? "actions" : "narrative"),
          "body",
        ),
      ];
    case "self-assessment":
      return [
        title,
        scoreTable(context, part.header, [{ scores: part.scores, ...changeOf(part), where }], look),
        new Paragraph({ style: STYLE.small, children: [] }),
      ];
    case "indicators":
      return [
        title,
        ...indicatorSection(
          context,
          (outcome?.indicators ?? []).map((indicator, k) => ({
            indicator,
            where: at(where, "indicators", k),
          })),
          look,
        ),
      ];
    case "case-study":
      return [
        title,
        ...caseStudyBox(context, part.content, at(where, "caseStudies", place.caseStudy, "content"), look),
      ];
    default: {
      const never: never = part;
      return never;
    }
  }
}

/** An outcome's section: its heading as written, then its parts. */
function outcomeSection(
  context: Context,
  report: AnnualPerformanceReport,
  section: AnnualReportSection,
  index: number,
  look: Look,
): FileChild[] {
  let caseStudy = 0;
  return [
    heading(context, 1, section.heading, { path: ["outcomes", index, "heading"] }),
    ...section.parts.flatMap((part) =>
      partChildren(
        context,
        report,
        part,
        { outcome: index, caseStudy: part.kind === "case-study" ? caseStudy++ : caseStudy },
        look,
      ),
    ),
  ];
}

/** The self-assessment of every outcome as one table, two years side by side with the change, as the report's summary. */
function summary(
  context: Context,
  report: AnnualPerformanceReport,
  sections: readonly AnnualReportSection[],
  look: Look,
): FileChild[] {
  const rows = sections.flatMap((section, index) => {
    const part = section.parts.find((p) => p.kind === "self-assessment");
    return part?.kind !== "self-assessment"
      ? []
      : [
          {
            heading: section.heading,
            scores: part.scores,
            ...changeOf(part),
            where: { path: ["outcomes", index] },
          },
        ];
  });
  if (rows.length === 0) return [];
  return [
    scoreTable(context, selfAssessmentTable(report).header, rows, look),
    new Paragraph({ style: STYLE.small, children: [] }),
  ];
}

/** Whether an outcome has a section of its own: something besides its scores, which the summary shows. */
const hasOwnSection = (section: AnnualReportSection) =>
  section.parts.some((part) => part.kind !== "self-assessment");

/** The heading of the conclusion, where outcome sections come before it (else it follows the summary as its comment). */
export const CONCLUSION_LABEL = "Conclusion";

function conclusion(context: Context, report: AnnualPerformanceReport, headed: boolean): FileChild[] {
  if (report.conclusion === undefined || report.conclusion.length === 0) return [];
  return [
    ...(headed ? [heading(context, 1, CONCLUSION_LABEL, { path: ["conclusion"] })] : []),
    ...contentParagraphs(context, report.conclusion, { path: ["conclusion"] }, "body"),
  ];
}

/**
 * Renders a community justice partnership's annual performance report (Community Justice
 * (Scotland) Act 2016, s23) as partnerships publish it: the title, the partnership and the year
 * reported on (1 April to 31 March), the introduction; the self-assessment of every outcome as
 * one table, the scores under the report's own headings side by side with how each moved in
 * words ("Up 1", "No change"), as East Lothian's 2023-24 report sets them; then per outcome, its
 * heading as written and the parts it has, in the order core gives them: the actions taken, its
 * self-assessment, its indicators (figures by year as the source writes them, the trend in words,
 * a chart of each series with three or more figures), how far it was achieved, and its case
 * studies in a shaded box; then the conclusion (under "Conclusion" where outcome sections come
 * before it). An outcome with nothing but scores is in the summary table only.
 *
 * @param report - The report.
 * @param options - The common options, `charts`, and the parts' `labels`; see {@link AnnualReportOptions}.
 * @returns The document and the issues met.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
 * @example
 * ```ts
 * const rendered = renderAnnualPerformanceReport(eastLothianPerformanceReport2023_24, { created: "2024-12-20T00:00:00Z" });
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderAnnualPerformanceReport(
  report: AnnualPerformanceReport,
  options: AnnualReportOptions = {},
): RenderedDocx {
  requireInputs("renderAnnualPerformanceReport", [
    ["report", annualReportCheck, report],
    ["options", renderOptionsCheck, options],
  ]);
  const context = createContext(resolveOptions(options));
  const o = context.options;
  const look: Look = {
    width: contentWidth(o, "portrait"),
    rowRoom: rowRoom(contentHeight(o, "portrait")),
    figures: createFigures(),
    charts: options.charts ?? true,
  };
  const sections = annualReportSections(report, { ...annualReportLabels, ...options.labels });
  const lines = [
    { text: report.authority.name, path: ["authority", "name"] },
    { text: `Reporting year ${periodWords(report.period)}`, path: ["period"] },
  ];
  const children = [
    ...titleBlock(context, report.title, lines),
    ...contentParagraphs(context, report.introduction ?? [], { path: ["introduction"] }, "body"),
    ...summary(context, report, sections, look),
    ...sections.flatMap((section, i) =>
      section.parts.some((part) => part.kind !== "self-assessment")
        ? outcomeSection(context, report, section, i, look)
        : [],
    ),
    ...conclusion(context, report, sections.some(hasOwnSection)),
  ];
  const rendered = assemble(context, [{ orientation: "portrait", children, firstPage: "untitled" }], {
    title: report.title,
    author: report.authority.name,
  });
  return withFigures(rendered, look.figures);
}
