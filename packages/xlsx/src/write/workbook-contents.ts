import type {
  CalendarDate,
  IndicatorSet,
  Issue,
  Plan,
  ProgressReturn,
  RagRules,
  RollUp,
} from "@cja-kit/core";

/**
 * What a workbook holds: a plan, progress returns, indicator sets and roll-ups, each kind on a
 * sheet of its own ("Plan", "Progress", "Indicators", "Roll-up"), with a "README" sheet after them.
 * Give at least one.
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
  /** The plan: the "Plan" sheet, with the progress of its return beside each row. */
  plan?: Plan;
  /** One return or several (several periods): the "Progress" sheet. */
  progress?: ProgressReturn | readonly ProgressReturn[];
  /** One indicator set or several: the "Indicators" sheet. */
  indicators?: IndicatorSet | readonly IndicatorSet[];
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
