import * as z from "zod";
import { Authority } from "../authority/authority";
import { OutcomeRefList } from "../outcome-ref/outcome-ref";

const Measure = /* @__PURE__ */ z
  .object({
    value: z.number().describe("The figure, in the indicator's unit."),
    raw: z.string().optional().describe("The figure as written, e.g. `85%`."),
    period: z.string().optional().describe("When it applies, as written, e.g. `2007-08`."),
  })
  .describe("A figure: the number, its wording and when it applies.");

/**
 * A performance indicator with its target, latest value, unit, direction and tolerance: seed 002
 * 6.1, ICM case-conference attendance, national target 85%, achieved 94%.
 *
 * @example
 * ```ts
 * const icm: Indicator = {
 *   id: "icm-attendance",
 *   name: "Attendance at Integrated Case Management case conferences",
 *   unit: "percent",
 *   direction: "higher-is-better",
 *   target: { value: 85, raw: "85%", scope: "national" },
 *   actual: { value: 94, raw: "94%" },
 *   tolerance: { kind: "absolute", value: 5 },
 * };
 * ```
 */
export const Indicator = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    unit: z.enum(["percent", "count", "pounds", "days", "ratio"]),
    direction: z.enum(["higher-is-better", "lower-is-better"]),
    target: Measure.extend({ scope: z.enum(["national", "local"]).optional() }).optional(),
    actual: Measure.optional().describe("The latest value."),
    baseline: Measure.optional(),
    tolerance: z
      .object({ kind: z.enum(["absolute", "percent-of-target"]), value: z.number().min(0) })
      .optional()
      .describe("How far short of target counts as a warning rather than an alert."),
    actionNumber: z.string().optional().describe("The action or key measure that reports it."),
    outcomeRefs: OutcomeRefList.optional(),
    source: z.string().optional().describe("Where the figures come from, as written."),
  })
  .describe("A performance indicator.");
/** A performance indicator. */
export type Indicator = z.output<typeof Indicator>;

/**
 * A set of indicators reported by one body.
 *
 * @example
 * ```ts
 * const set: IndicatorSet = { title: "Performance framework 2010-11", authority: communityJusticeAuthorities["lothian-borders"], indicators: [] };
 * ```
 */
export const IndicatorSet = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).optional(),
    title: z.string().min(1),
    authority: Authority,
    indicators: z.array(Indicator),
  })
  .describe("A set of indicators reported by one body.");
/** A set of indicators reported by one body. */
export type IndicatorSet = z.output<typeof IndicatorSet>;
