import type {
  AnnualPerformanceReport,
  AnnualReturn,
  CommitteeReport,
  IndicatorSet,
  Plan,
  ProgressReturn,
} from "@cja-kit/core";
import type { DocumentFormat } from "./document-format";

/**
 * The data each document format holds: a plan, a progress return, an indicator set, a committee
 * report, an annual performance report or an annual return.
 *
 * @example
 * ```ts
 * const plan: DocumentData["plan"] = lothianBordersActionPlan2010_11;
 * ```
 */
export type DocumentData = {
  plan: Plan;
  "progress-return": ProgressReturn;
  "indicator-set": IndicatorSet;
  "committee-report": CommitteeReport;
  "annual-performance-report": AnnualPerformanceReport;
  "annual-return": AnnualReturn;
};

/**
 * A document and its format: what {@link write} takes and {@link read} gives back. Without a type
 * argument it is the union of them all; `CjaDocument<"plan">` is a plan only.
 *
 * @example
 * ```ts
 * const document: CjaDocument = { format: "indicator-set", data: indicators };
 * if (document.format === "indicator-set") document.data.indicators.length;
 * ```
 */
export type CjaDocument<F extends DocumentFormat = DocumentFormat> = F extends DocumentFormat
  ? { format: F; data: DocumentData[F] }
  : never;
