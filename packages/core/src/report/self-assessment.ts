import * as z from "zod";
import { ReportingPeriod } from "../period/reporting-period";

/**
 * A partnership's own rating of how far a national outcome is achieved, on its 1-10 scale, as
 * written under the heading it appears under (East Lothian Community Justice Performance Report
 * 2023-24 gives each outcome two, both headed "Reporting Year": "8 9"). `value` is the number
 * read from `raw`; a score outside 1-10 is kept and reported by validation.
 *
 * @example
 * ```ts
 * const score: SelfAssessmentScore = { label: "Reporting Year", raw: "8", value: 8 };
 * ```
 */
export const SelfAssessmentScore = /* @__PURE__ */ z
  .object({
    label: z.string().describe("The column or heading the score is under, as written."),
    period: ReportingPeriod.optional().describe("The period the score is for, where stated."),
    raw: z.string().describe("The score as written."),
    value: z.number().optional().describe("The score as a number, 1-10, where it is one."),
  })
  .describe("A partnership's own rating of an outcome, 1-10.");
/** A partnership's own rating of an outcome, 1-10. */
export type SelfAssessmentScore = z.output<typeof SelfAssessmentScore>;
