/**
 * How ratings are derived. The officer's reported status (and RAG, where the return gives one) is
 * rated as reported; what the dates add is either flagged for a check (`dateEvidence: "flag"`, the
 * default: a rating never contradicts the return) or allowed to change the rating (`"rate"`: late
 * work reported on track or in progress is `lateInProgress`, late work at risk is red). `date-based`
 * (after iBE and PM3) or `pacing` (after CAMMS: percent complete divided by percent of time
 * elapsed, green at or above `green`, red at or below `red`; entries without a percentage fall back
 * to the date-based rules).
 *
 * @example
 * ```ts
 * const rules: RagRules = { method: "date-based", dueSoonDays: 7, lateInProgress: "amber", dateEvidence: "rate" };
 * ```
 */
export type RagRules = {
  method: "date-based" | "pacing";
  /** Days before the due date that count as due soon. @defaultValue 7 */
  dueSoonDays: number;
  /**
   * Rating of work reported overdue ("Outstanding": the timescale has passed, work goes on), and,
   * where dates may change a rating, of work reported on track or in progress past its date.
   * @defaultValue "amber"
   */
  lateInProgress: "red" | "amber";
  /**
   * Whether a passed date may change the rating of work reported on track, in progress, at risk,
   * partly complete or on hold: `flag` keeps the reported rating and adds a check; `rate` changes
   * the rating (and still adds the check). Not started and past due is red either way: the report
   * and the dates agree.
   * @defaultValue "flag"
   */
  dateEvidence?: "flag" | "rate";
  /** Pacing: the lowest pace (in %) that is green. @defaultValue 90 */
  green?: number;
  /** Pacing: the highest pace (in %) that is red. @defaultValue 70 */
  red?: number;
};

/**
 * The default rating rules: date-based, due soon within 7 days, work reported outstanding amber,
 * and dates that disagree with the report flagged for a check, never changing the rating.
 *
 * @example
 * ```ts
 * deriveRag({ reported: "not-started", window: { due: "2008-07-31", open: false }, at: "2008-09-30" }, defaultRagRules).rag; // "red"
 * ```
 */
export const defaultRagRules: RagRules = {
  method: "date-based",
  dueSoonDays: 7,
  lateInProgress: "amber",
  dateEvidence: "flag",
};
