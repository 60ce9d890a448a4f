import * as z from "zod";
import { Authority } from "../authority/authority";
import { Content } from "../content/content";
import { Indicator } from "../indicator/indicator";
import { OutcomeRef } from "../outcome-ref/outcome-ref";
import { CalendarDate } from "../period/calendar-date";
import { ReportingPeriod } from "../period/reporting-period";
import { SelfAssessmentScore } from "./self-assessment";

/**
 * A case study in a report: its title as written and its text.
 *
 * @example
 * ```ts
 * const study: CaseStudy = { title: "Case study: Diversion", content: [{ kind: "paragraph", text: "…" }] };
 * ```
 */
export const CaseStudy = /* @__PURE__ */ z
  .object({
    title: z.string().min(1).optional().describe("The case study's title as written."),
    content: Content,
  })
  .describe("A case study in a report.");
/** A case study in a report. */
export type CaseStudy = z.output<typeof CaseStudy>;

/**
 * What an annual performance report says about one outcome (a nationally determined outcome, or
 * a local one): the heading as written, the actions taken, the partnership's self-assessment
 * scores, the indicators with their series, the narrative and case studies.
 *
 * @example
 * ```ts
 * const part: OutcomeReport = {
 *   outcome: { framework: "cjpf-2023", code: "1" },
 *   heading: "1. More people successfully complete diversion from prosecution",
 *   selfAssessment: [{ label: "Reporting Year", raw: "8", value: 8 }, { label: "Reporting Year", raw: "9", value: 9 }],
 * };
 * ```
 */
export const OutcomeReport = /* @__PURE__ */ z
  .object({
    outcome: OutcomeRef.optional().describe(
      "The outcome reported on; none for an outcome of the partnership's own.",
    ),
    heading: z.string().min(1).describe("The outcome's heading as written."),
    actions: Content.optional().describe("What was done towards the outcome."),
    selfAssessment: z
      .array(SelfAssessmentScore)
      .optional()
      .describe("The partnership's ratings, in the report's order."),
    indicators: z.array(Indicator).optional().describe("Indicators reported for the outcome."),
    narrative: Content.optional().describe("How far the outcome was achieved, in the report's words."),
    caseStudies: z.array(CaseStudy).optional().describe("Case studies told for the outcome, in order."),
  })
  .describe("What an annual performance report says about one outcome.");
/** What an annual performance report says about one outcome. */
export type OutcomeReport = z.output<typeof OutcomeReport>;

/**
 * A community justice partnership's annual report on performance (Community Justice (Scotland)
 * Act 2016, s23: 1 April to 31 March, published by 31 December, a copy to Community Justice
 * Scotland): per outcome, what was done and how far it was achieved, with reference to the
 * national indicators. `framework` is the framework whose outcomes it reports on (`cjpf-2023`
 * from 2023-24); `selfAssessmentHeadings` the headings of its self-assessment columns.
 *
 * @example
 * ```ts
 * const report: AnnualPerformanceReport = {
 *   title: "East Lothian Community Justice Performance Report 2023 - 2024",
 *   authority: communityJusticePartnerships["east-lothian"],
 *   period: { kind: "financial-year", year: "2023-24" },
 *   framework: "cjpf-2023",
 *   outcomes: [],
 * };
 * ```
 */
export const AnnualPerformanceReport = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).optional().describe("A stable id for the report, where one is given."),
    title: z.string().min(1).describe("The title as written."),
    authority: Authority,
    period: ReportingPeriod.describe("The year reported on: 1 April to 31 March."),
    framework: z
      .string()
      .min(1)
      .optional()
      .describe("Framework of the outcomes reported on, e.g. `cjpf-2023`."),
    published: CalendarDate.optional(),
    introduction: Content.optional(),
    selfAssessmentHeadings: z
      .array(z.string())
      .optional()
      .describe("The self-assessment table's score columns, as written."),
    outcomes: z.array(OutcomeReport).describe("The outcomes, in the report's order."),
    conclusion: Content.optional().describe("What the report says after the outcomes."),
    source: z.string().min(1).optional().describe("Where the report was published: URL, licence."),
  })
  .describe("A partnership's annual report on performance.");
/** A partnership's annual report on performance. */
export type AnnualPerformanceReport = z.output<typeof AnnualPerformanceReport>;
