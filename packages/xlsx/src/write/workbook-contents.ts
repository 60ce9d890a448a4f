import type {
  AnnualPerformanceReport,
  CalendarDate,
  CommitteeReport,
  IndicatorSet,
  Issue,
  Plan,
  ProgressReturn,
  RagRules,
  RollUp,
} from "@cja-kit/core";

/**
 * What a workbook holds, each kind on a sheet of its own: a plan ("Plan", and "Ratings" when a
 * return rates it), progress returns ("Progress"), indicator sets ("Indicators", "Indicators
 * (2)"…), an annual performance report's self-assessment ("Self-assessment"), a committee report
 * ("Committee report") and roll-ups ("Roll-up"), with a "README" sheet after them. Give at least
 * one.
 *
 * @example
 * ```ts
 * const contents: WorkbookContents = {
 *   plan: lothianBordersActionPlan2010_11,
 *   progress: lothianBordersProgressYear2,
 *   indicators: lothianBordersIndicators2009_10,
 * };
 * ```
 */
export type WorkbookContents = {
  /** The plan: the "Plan" sheet, with the progress of its return beside each row and the "Ratings" sheet. */
  plan?: Plan;
  /** One return or several (several periods): the "Progress" sheet. */
  progress?: ProgressReturn | readonly ProgressReturn[];
  /** One indicator set or several: an "Indicators" sheet each. */
  indicators?: IndicatorSet | readonly IndicatorSet[];
  /** An annual performance report: its self-assessment scores on the "Self-assessment" sheet. */
  annualReport?: AnnualPerformanceReport;
  /** A committee report: the "Committee report" sheet. */
  committeeReport?: CommitteeReport;
  /** Roll-ups from `rollUp`, `rollUpByTheme` or `rollUpByOutcome`: the "Roll-up" sheet. */
  rollUps?: readonly RollUp[];
};

/**
 * How a workbook is written.
 *
 * @example
 * ```ts
 * const options: WriteWorkbookOptions = { created: "2010-10-29T09:00:00Z", at: "2010-09-30" };
 * ```
 */
export type WriteWorkbookOptions = {
  /** The workbook's title, on the README sheet and in its properties. @defaultValue the plan's title, else the first return's or set's */
  title?: string;
  /**
   * When the workbook was written (ISO 8601), shown on the README sheet and kept in its
   * properties and zip entries. Without it the workbook carries no date, so the same data always
   * gives the same bytes.
   */
  created?: string;
  /** The reporting date the plan's rows are rated at. @defaultValue the return's `reportedOn`, else the end of its period */
  at?: CalendarDate;
  /** Rating rules for the plan's rows. @defaultValue core's `defaultRagRules` */
  rules?: RagRules;
};

/**
 * A written workbook: its bytes (an .xlsx file) and the issues met writing it (e.g. a cell longer
 * than Excel shows, a return the plan sheet could not be joined with).
 *
 * @example
 * ```ts
 * const { bytes, issues }: WrittenWorkbook = writeWorkbook({ plan });
 * ```
 */
export type WrittenWorkbook = { bytes: Uint8Array<ArrayBuffer>; issues: Issue[] };
