import * as z from "zod";
import { Authority } from "../authority/authority";
import { Content } from "../content/content";
import { CalendarDate } from "../period/calendar-date";
import { ReportingPeriod } from "../period/reporting-period";
import { ReportedStatus } from "../status/canonical-status";
import { Rag } from "../status/rag";
import { Timescale } from "../timescale/timescale";

/**
 * A council's own part of a progress narrative (seed 003 2.1.3: "SLC …", "NLC …").
 *
 * @example
 * ```ts
 * const part: CouncilProgress = { council: "NLC", progress: [{ kind: "paragraph", text: "One CSOGP induction programme completed (10 service users)." }] };
 * ```
 */
export const CouncilProgress = /* @__PURE__ */ z
  .object({
    council: z.string().min(1).describe("Council name or abbreviation as written."),
    progress: Content,
  })
  .describe("A council's own part of a progress narrative.");
/** A council's own part of a progress narrative. */
export type CouncilProgress = z.output<typeof CouncilProgress>;

/**
 * Progress on one action (or one row of it) in a return: the narrative as written, per-council
 * parts, the reported status (wording and canonical status), and next steps or next year's outcome
 * (seed 002 "New Outcome Year 3").
 *
 * @example
 * ```ts
 * const entry: ProgressEntry = {
 *   action: "2",
 *   row: 0,
 *   progress: [{ kind: "paragraph", text: "On target" }],
 *   status: { raw: "On target", status: "on-track", rule: "on-track" },
 * };
 * ```
 */
export const ProgressEntry = /* @__PURE__ */ z
  .object({
    action: z.string().min(1).describe("The action's number as the plan writes it."),
    row: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("Which row of the action (from 0), where rows report separately."),
    progress: Content.describe("The progress narrative as written."),
    byCouncil: z
      .array(CouncilProgress)
      .optional()
      .describe("Progress council by council, where the return gives it."),
    status: ReportedStatus,
    reportedRag: z
      .object({ raw: z.string().describe("The rating as reported."), rag: Rag.optional() })
      .optional()
      .describe("A red/amber/green rating the return itself gives, kept as reported."),
    revisedTimescale: Timescale.optional().describe("A revised due date, where the return reports one."),
    nextSteps: Content.optional().describe("Next steps, or the outcome for next year."),
    percentComplete: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe("Share of the work done, where reported."),
    extra: z
      .record(z.string(), z.string())
      .optional()
      .describe("Cells from the source with no place in the model (unknown columns), by column label."),
  })
  .describe("Progress on one action in a return.");
/** Progress on one action in a return. */
export type ProgressEntry = z.output<typeof ProgressEntry>;

/**
 * A progress return: progress on a plan's actions for one period (a financial quarter or a plan
 * year), as reported to the board.
 *
 * @example
 * ```ts
 * const ret: ProgressReturn = {
 *   planId: "lanarkshire/implementation-plan-2008-09",
 *   title: "Quarter 2 update",
 *   authority: communityJusticeAuthorities.lanarkshire,
 *   period: { kind: "quarter", year: "2008-09", quarter: 2 },
 *   entries: [],
 * };
 * ```
 */
export const ProgressReturn = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).optional().describe("A stable id for the return, where one is given."),
    planId: z.string().min(1).optional().describe("Id of the plan reported on."),
    title: z.string().min(1).optional().describe("The return's title as written."),
    authority: Authority,
    period: ReportingPeriod,
    reportedOn: CalendarDate.optional().describe(
      "The date the return speaks for; the period's end by default.",
    ),
    entries: z.array(ProgressEntry).describe("Progress on each action, in the return's order."),
  })
  .describe("Progress on a plan's actions for one period.");
/** Progress on a plan's actions for one period. */
export type ProgressReturn = z.output<typeof ProgressReturn>;
