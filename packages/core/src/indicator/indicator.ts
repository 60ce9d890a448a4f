import * as z from "zod";
import { Authority } from "../authority/authority";
import { OutcomeRefList } from "../outcome-ref/outcome-ref";
import { ReportingPeriod } from "../period/reporting-period";
import { FigureAvailability } from "./figure";
import { IndicatorType } from "./indicator-type";

const Measure = /* @__PURE__ */ z
  .object({
    value: z.number().describe("The figure, in the indicator's unit."),
    raw: z.string().optional().describe("The figure as written, e.g. `85%`."),
    period: z.string().optional().describe("When it applies, as written, e.g. `2007-08`."),
  })
  .describe("A figure: the number, its wording and when it applies.");

/**
 * One point of an indicator's series: the period as written (`2016-17`, footnote markers kept
 * apart), the period as read where it was, and the figure as written with the number it means.
 * A figure the source gives as `..` (not available) or `*` (suppressed) is a point too: it says
 * the period was reported on, and is written back as the source wrote it.
 *
 * @example
 * ```ts
 * const point: SeriesPoint = { period: "2016-17", footnotes: ["7", "8"], raw: "20,508", value: 20508, availability: "value" };
 * const gap: SeriesPoint = { period: "2010-11", raw: "..", availability: "not-available" };
 * ```
 */
export const SeriesPoint = /* @__PURE__ */ z
  .object({
    period: z.string().min(1).describe("The period as written, without footnote markers."),
    reportingPeriod: ReportingPeriod.optional().describe("The period as read, where it could be."),
    footnotes: z.array(z.string().min(1)).optional().describe("Footnote markers on the period, e.g. `7,8`."),
    raw: z.string().describe("The figure as written: `20,508`, `94%`, `..`, `*`."),
    value: z.number().optional().describe("The number, when the figure has one."),
    availability: FigureAvailability,
    note: z.string().optional().describe("A note on this point, as written."),
  })
  .describe("One point of an indicator's series.");
/** One point of an indicator's series. */
export type SeriesPoint = z.output<typeof SeriesPoint>;

/**
 * A performance indicator: its type (OPI 2016 quantitative / contextual / change and impact, a
 * 2023 national indicator, a local one), what is reported (`measure`) and where from
 * (`dataSource`), optionally a unit and which direction is better, a series of figures by period,
 * and a baseline, target and tolerance where there are any. Seed 002 6.1: ICM case-conference
 * attendance, national target 85%, achieved 94%; West Dunbartonshire 2017-18: "Quantitative /
 * Perceptions of local crime rate / West Dunbartonshire results from Scottish Government
 * Household Survey".
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
    id: z.string().min(1).describe("A stable id for the indicator within its set."),
    name: z.string().min(1).describe("The indicator as written."),
    type: IndicatorType.optional(),
    measure: z.string().min(1).optional().describe("The reporting measure as written."),
    dataSource: z.string().min(1).optional().describe("Where the data come from, as written."),
    unit: z
      .enum(["percent", "count", "pounds", "days", "ratio"])
      .optional()
      .describe("What the figures count."),
    direction: z
      .enum(["higher-is-better", "lower-is-better"])
      .optional()
      .describe("Which way is better, where the source says or it is plain."),
    target: Measure.extend({
      scope: z
        .enum(["national", "local"])
        .optional()
        .describe("Whether the target is set nationally or locally."),
    })
      .optional()
      .describe("The target, as written and as a value."),
    actual: Measure.optional().describe("The latest value, where given apart from a series."),
    baseline: Measure.optional(),
    series: z.array(SeriesPoint).optional().describe("Figures by period, in the source's order."),
    tolerance: z
      .object({
        kind: z
          .enum(["absolute", "percent-of-target"])
          .describe("Whether value is in the indicator's unit or a percentage of the target."),
        value: z.number().min(0).describe("How far short of target, in that measure."),
      })
      .optional()
      .describe("How far short of target counts as a warning rather than an alert."),
    frameworkIndicator: z
      .object({
        framework: z.string().min(1).describe("The framework's id (`cjpf-2023`)."),
        id: z.string().min(1).describe("The indicator's id in that framework."),
      })
      .optional()
      .describe("The national framework's indicator this reports, e.g. `cjpf-2023` indicator `1`."),
    actionNumber: z.string().optional().describe("The action or key measure that reports it."),
    outcomeRefs: OutcomeRefList.optional(),
    source: z.string().optional().describe("Where the figures come from, as written."),
  })
  .describe("A performance indicator.");
/** A performance indicator. */
export type Indicator = z.output<typeof Indicator>;

/**
 * A set of indicators reported by one body (a CJA, a partnership, a national body), with the
 * period it covers and where it was published.
 *
 * @example
 * ```ts
 * const set: IndicatorSet = { title: "Performance framework 2010-11", authority: communityJusticeAuthorities["lothian-borders"], indicators: [] };
 * ```
 */
export const IndicatorSet = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).optional().describe("A stable id for the set, where one is given."),
    title: z.string().min(1).describe("The set's title as written."),
    authority: Authority,
    period: ReportingPeriod.optional().describe("The period the set reports on, where one."),
    source: z.string().min(1).optional().describe("Where the set was published: title, URL, licence."),
    indicators: z.array(Indicator).describe("The indicators, in the source's order."),
  })
  .describe("A set of indicators reported by one body.");
/** A set of indicators reported by one body. */
export type IndicatorSet = z.output<typeof IndicatorSet>;
