import * as z from "zod";
import { IndicatorType } from "../indicator/indicator-type";

/**
 * An indicator a national framework sets: its wording, the outcomes it measures, its type (the
 * OPI framework's quantitative / contextual / change and impact; the 2023 framework's national
 * indicators) and, where it counts several things, each measure ("Number of diversion from
 * prosecution: assessments undertaken, cases commenced, cases successfully completed").
 *
 * @example
 * ```ts
 * const indicator: FrameworkIndicator = {
 *   id: "2",
 *   outcomes: ["2"],
 *   type: "national",
 *   wording: "Number of:",
 *   measures: ["referrals from custody centres"],
 * };
 * ```
 */
export const FrameworkIndicator = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).describe("Stable id within the framework."),
    outcomes: z
      .array(z.string().min(1))
      .describe("Codes of the outcomes it measures; empty for one over them all."),
    type: IndicatorType.optional(),
    wording: z.string().min(1).describe("The indicator as the framework words it."),
    measures: z.array(z.string().min(1)).optional().describe("What it counts, item by item, as worded."),
    unverified: z
      .string()
      .min(1)
      .optional()
      .describe("Present when the wording could not be checked against the publication: why."),
  })
  .describe("An indicator a national framework sets.");
/** An indicator a national framework sets. */
export type FrameworkIndicator = z.output<typeof FrameworkIndicator>;
