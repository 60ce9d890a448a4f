import * as z from "zod";
import { Authority } from "../authority/authority";
import { Content } from "../content/content";
import { Indicator } from "../indicator/indicator";
import { OutcomeRef } from "../outcome-ref/outcome-ref";
import { CalendarDate } from "../period/calendar-date";
import { ReportingPeriod } from "../period/reporting-period";
import { SelfAssessmentScore } from "./self-assessment";

/**
 * One question of an annual return with the partnership's answer, both as written.
 *
 * @example
 * ```ts
 * const answer: ReturnAnswer = { question: "Who chairs the partnership?", answer: [{ kind: "paragraph", text: "…" }] };
 * ```
 */
export const ReturnAnswer = /* @__PURE__ */ z
  .object({ question: z.string().min(1).describe("The template's question as written."), answer: Content })
  .describe("A question of an annual return and its answer.");
/** A question of an annual return and its answer. */
export type ReturnAnswer = z.output<typeof ReturnAnswer>;

/**
 * A section of an annual return: its number and title as the template words them, what it is
 * about (`role`), the outcome it reports on where it is one, the questions answered, free text,
 * self-assessment scores and indicators.
 *
 * @example
 * ```ts
 * const section: AnnualReturnSection = { number: "2", title: "Statement of Assurance", role: "assurance", answers: [] };
 * ```
 */
export const AnnualReturnSection = /* @__PURE__ */ z
  .object({
    number: z.string().min(1).optional().describe("The section's number as written."),
    title: z.string().min(1).describe("The section's title as written."),
    role: z
      .enum(["background", "assurance", "governance", "involvement", "outcome", "challenges", "other"])
      .describe("What the section is about."),
    outcome: OutcomeRef.optional(),
    answers: z
      .array(ReturnAnswer)
      .optional()
      .describe("The template's questions and their answers, in order."),
    content: Content.optional(),
    selfAssessment: z
      .array(SelfAssessmentScore)
      .optional()
      .describe("The partnership's ratings, in the return's order."),
    indicators: z.array(Indicator).optional().describe("Indicators reported in the section."),
  })
  .describe("A section of an annual return.");
/** A section of an annual return. */
export type AnnualReturnSection = z.output<typeof AnnualReturnSection>;

/**
 * The annual return a partnership sends Community Justice Scotland for its report on community
 * justice across Scotland (s27 of the Community Justice (Scotland) Act 2016), on CJS's template
 * (e.g. "Community Justice Outcome Activity Across Scotland Local Area Annual Return Template and
 * Guidance 2019-20"), in the template's sections.
 *
 * @example
 * ```ts
 * const ret: AnnualReturn = {
 *   title: "Local Area Annual Return 2019-20",
 *   authority: communityJusticePartnerships["west-dunbartonshire"],
 *   recipient: nationalBodies["community-justice-scotland"],
 *   period: { kind: "financial-year", year: "2019-20" },
 *   sections: [],
 * };
 * ```
 */
export const AnnualReturn = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).optional().describe("A stable id for the return, where one is given."),
    title: z.string().min(1).describe("The return's title as written."),
    template: z.string().min(1).optional().describe("The template's title as written."),
    authority: Authority.describe("The partnership making the return."),
    recipient: Authority.describe("Who receives it: Community Justice Scotland."),
    period: ReportingPeriod,
    submitted: CalendarDate.optional(),
    sections: z.array(AnnualReturnSection).describe("The return's sections, in order."),
  })
  .describe("A partnership's annual return to Community Justice Scotland.");
/** A partnership's annual return to Community Justice Scotland. */
export type AnnualReturn = z.output<typeof AnnualReturn>;
