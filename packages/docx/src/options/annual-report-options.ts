import type { annualReportLabels } from "@cja-kit/core";
import type { IndicatorOptions } from "./indicator-options";

/**
 * Options of an annual performance report: those of documents with indicators, and the headings
 * of each outcome's parts where the partnership words them otherwise than core's
 * `annualReportLabels` ("Actions taken", "Self-assessment", "Indicators", "How far the outcome was
 * achieved", "Case study").
 *
 * @example
 * ```ts
 * const options: AnnualReportOptions = { labels: { actions: "What we did" } };
 * ```
 */
export type AnnualReportOptions = IndicatorOptions & {
  /** Headings of an outcome's parts. @defaultValue core's `annualReportLabels` */
  labels?: { [K in keyof typeof annualReportLabels]?: string };
};
