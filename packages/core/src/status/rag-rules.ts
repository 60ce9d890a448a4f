/**
 * How ratings are derived. `date-based` (after iBE and PM3): late work not started or at risk is
 * red; late work reported on track or ongoing is `lateInProgress` (amber by default, the Scottish
 * Government's "Outstanding": the timescale has passed but work goes on); work due within
 * `dueSoonDays` and not started is amber; work reported at risk is amber. `pacing` (after CAMMS):
 * percent complete divided by percent of time elapsed, green at or above `green`, red at or below
 * `red`; entries without a percentage fall back to the date-based rules.
 *
 * @example
 * ```ts
 * const rules: RagRules = { method: "pacing", green: 90, red: 70, dueSoonDays: 7, lateInProgress: "amber" };
 * ```
 */
export type RagRules = {
  method: "date-based" | "pacing";
  /** Days before the due date that count as due soon. @defaultValue 7 */
  dueSoonDays: number;
  /** Rating of work reported on track or ongoing once its due date has passed. @defaultValue "amber" */
  lateInProgress: "red" | "amber";
  /** Pacing: the lowest pace (in %) that is green. @defaultValue 90 */
  green?: number;
  /** Pacing: the highest pace (in %) that is red. @defaultValue 70 */
  red?: number;
};

/**
 * The default rating rules: date-based, due soon within 7 days, late work still in progress amber.
 *
 * @example
 * ```ts
 * deriveRag({ reported: "not-started", window: { due: "2008-07-31", open: false }, at: "2008-09-30" }, defaultRagRules).rag; // "red"
 * ```
 */
export const defaultRagRules: RagRules = { method: "date-based", dueSoonDays: 7, lateInProgress: "amber" };
