import { guarded, isObject } from "../_internal/guard";
import type { Content } from "../content/content";
import { assessIndicator, type IndicatorAssessment } from "../indicator/assess-indicator";
import { type IndicatorWideTable, indicatorWideTable } from "../indicator/indicator-wide-table";
import { AnnualPerformanceReport, type OutcomeReport } from "./annual-performance-report";

/**
 * One part of an outcome's section in an annual performance report, in the order partnerships
 * lay them out: what was done, the self-assessment, the indicators (as a wide table, one column
 * per year, with each one's assessment in words), the narrative, the case studies.
 *
 * @example
 * ```ts
 * const part: AnnualReportPart = { kind: "content", role: "actions", heading: "What we did", content: [] };
 * ```
 */
export type AnnualReportPart =
  | { kind: "content"; role: "actions" | "narrative"; heading: string; content: Content }
  | { kind: "self-assessment"; heading: string; header: string[]; scores: string[]; change?: number }
  | { kind: "indicators"; heading: string; table: IndicatorWideTable; assessments: IndicatorAssessment[] }
  | { kind: "case-study"; heading: string; content: Content };

/**
 * An annual performance report laid out as sections: one per outcome, its heading as written, its
 * parts in order. Adapters render these; they do not decide what goes where.
 *
 * @example
 * ```ts
 * const section: AnnualReportSection = { heading: "1. More people successfully complete diversion from prosecution", parts: [] };
 * ```
 */
export type AnnualReportSection = {
  heading: string;
  outcome?: OutcomeReport["outcome"];
  parts: AnnualReportPart[];
};

/**
 * The headings an annual report's parts are printed under, overridable where a partnership words
 * them otherwise.
 *
 * @example
 * ```ts
 * annualReportLabels.selfAssessment; // "Self-assessment"
 * ```
 */
export const annualReportLabels = {
  actions: "Actions taken",
  selfAssessment: "Self-assessment",
  indicators: "Indicators",
  narrative: "How far the outcome was achieved",
  caseStudy: "Case study",
} as const;

/** The last score less the first, where both are numbers (8 then 9: 1), so a report can say it rose. */
function change(scores: OutcomeReport["selfAssessment"] = []): { change?: number } {
  const first = scores[0]?.value;
  const last = scores.at(-1)?.value;
  return scores.length < 2 || first === undefined || last === undefined ? {} : { change: last - first };
}

function parts(
  outcome: OutcomeReport,
  report: AnnualPerformanceReport,
  labels: Readonly<Record<keyof typeof annualReportLabels, string>>,
): AnnualReportPart[] {
  const scores = outcome.selfAssessment ?? [];
  const indicators = outcome.indicators ?? [];
  return [
    ...(outcome.actions === undefined
      ? []
      : [
          {
            kind: "content" as const,
            role: "actions" as const,
            heading: labels.actions,
            content: outcome.actions,
          },
        ]),
    ...(scores.length === 0
      ? []
      : [
          {
            kind: "self-assessment" as const,
            heading: labels.selfAssessment,
            header: scores.map((score, index) => report.selfAssessmentHeadings?.[index] ?? score.label),
            scores: scores.map((score) => score.raw),
            ...change(scores),
          },
        ]),
    ...(indicators.length === 0
      ? []
      : [
          {
            kind: "indicators" as const,
            heading: labels.indicators,
            table: indicatorWideTable(indicators).value,
            assessments: indicators.map(assessIndicator),
          },
        ]),
    ...(outcome.narrative === undefined
      ? []
      : [
          {
            kind: "content" as const,
            role: "narrative" as const,
            heading: labels.narrative,
            content: outcome.narrative,
          },
        ]),
    ...(outcome.caseStudies ?? []).map((study) => ({
      kind: "case-study" as const,
      heading: study.title ?? labels.caseStudy,
      content: study.content,
    })),
  ];
}

/**
 * The sections of an annual performance report: per outcome, in the report's order, the parts
 * it has (actions taken, self-assessment scores side by side with the change from the first to
 * the last, indicators with their series and assessment, narrative, case studies); parts the
 * report does not have are left out.
 *
 * @param report - The report.
 * @param labels - Headings of the parts. @defaultValue {@link annualReportLabels}
 * @returns The sections.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * annualReportSections(report)[0]?.parts.map((part) => part.kind); // ["content", "self-assessment", "indicators"]
 * ```
 */
export function annualReportSections(
  report: AnnualPerformanceReport,
  labels: Readonly<Record<keyof typeof annualReportLabels, string>> = annualReportLabels,
): AnnualReportSection[] {
  return guarded(
    "annualReportSections",
    () => [
      ["report", AnnualPerformanceReport, report],
      ["labels", isObject, labels],
    ],
    () => annualReportSectionsOf(report, labels),
  );
}

function annualReportSectionsOf(
  report: AnnualPerformanceReport,
  labels: Readonly<Record<keyof typeof annualReportLabels, string>> = annualReportLabels,
): AnnualReportSection[] {
  return report.outcomes.map((outcome) => ({
    heading: outcome.heading,
    ...(outcome.outcome === undefined ? {} : { outcome: outcome.outcome }),
    parts: parts(outcome, report, labels),
  }));
}
