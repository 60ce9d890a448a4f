import * as z from "zod";
import { Authority } from "../authority/authority";
import { Run } from "../content/content";
import { PlanPeriod } from "../period/plan-period";
import { Chapter } from "./chapter";
import { Column } from "./column";
import { Theme } from "./theme";

/**
 * Which kind of plan: a CJA's three-year area plan, annual action plan (seed 002) or annual
 * implementation plan (seed 003); a partnership's Community Justice Outcomes Improvement Plan
 * (`outcome-improvement-plan`, multi-year, local outcomes under national ones, with its action
 * plan); or a `delivery-plan` of deliverables under aims and priority actions (the Scottish
 * Government's national delivery plan of June 2023), each with a lead partner, partners in
 * collaboration and a timescale, its status given per update in progress returns.
 *
 * @example
 * ```ts
 * const kind: PlanKind = "action-plan";
 * ```
 */
export const PlanKind = /* @__PURE__ */ z
  .enum(["area-plan", "action-plan", "implementation-plan", "outcome-improvement-plan", "delivery-plan"])
  .describe("Which kind of plan.");
/** Which kind of plan. */
export type PlanKind = z.output<typeof PlanKind>;

/**
 * A glossary entry: the term and its definition, verbatim, with the definition's marks where the
 * source marks part of it (`runs`, as a paragraph has them).
 *
 * @example
 * ```ts
 * const entry: GlossaryEntry = { term: "ADP", definition: "Alcohol and Drug Partnership" };
 * ```
 */
export const GlossaryEntry = /* @__PURE__ */ z
  .object({
    term: z.string().min(1).describe("The term or abbreviation, as written."),
    definition: z.string().min(1).describe("What it stands for or means, as written."),
    runs: z
      .array(Run)
      .min(1)
      .optional()
      .describe(
        "The definition split into runs with their marks, where the source marks part of it (seed 002's bold \"(Now known as ADPs – see above)\"); the runs' texts joined are `definition`.",
      ),
  })
  .refine(
    (entry) => entry.runs === undefined || entry.runs.map((run) => run.text).join("") === entry.definition,
    {
      message: "The runs' texts joined are the definition.",
      path: ["runs"],
    },
  )
  .describe("A glossary entry.");
/** A glossary entry. */
export type GlossaryEntry = z.output<typeof GlossaryEntry>;

/**
 * A plan: its owner (a CJA, a partnership or a national body), kind and period, the front matter of the document (cover, contents,
 * glossary, narrative chapters), the action table by theme with the document's own column labels,
 * and appendices. `areaPlanPeriod` is the period whose first year the plan calls "Year 1" (an
 * annual plan under a three-year area plan); `outcomeFramework` is the framework its outcome codes
 * belong to.
 *
 * @example
 * ```ts
 * const plan: Plan = {
 *   kind: "action-plan",
 *   title: "ACTION PLAN 2010-11",
 *   authority: communityJusticeAuthorities["lothian-borders"],
 *   period: { from: "2010-11", to: "2010-11" },
 *   areaPlanPeriod: { from: "2008-09", to: "2010-11" },
 *   outcomeFramework: "nab-2008",
 *   columns: [{ field: "measure", label: "Key Measure" }, { field: "timescale", label: "Timescale" }],
 *   themes: [],
 * };
 * ```
 */
export const Plan = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).optional().describe("A stable id for linking progress returns."),
    kind: PlanKind,
    title: z.string().min(1).optional().describe("The title as written."),
    authority: Authority,
    period: PlanPeriod,
    areaPlanPeriod: PlanPeriod.optional().describe(
      "The period counted as Year 1, 2, 3; the plan's own by default.",
    ),
    outcomeFramework: z.string().min(1).optional().describe("Framework of the plan's outcome codes."),
    cover: z
      .object({
        lines: z.array(z.string().min(1)).describe("The cover's heading lines, in order."),
        address: z.array(z.string().min(1)).optional().describe("The address on the cover, line by line."),
      })
      .optional()
      .describe("Cover heading lines and address, as written."),
    contents: z
      .object({
        heading: z.string().min(1).describe("The contents page's heading."),
        pageHeading: z.string().min(1).optional().describe("The heading over the page numbers, if any."),
        entries: z
          .array(
            z.object({
              title: z.string().min(1).describe("The entry's title."),
              pages: z.string().optional().describe("Its page or pages, as written."),
            }),
          )
          .describe("The entries, in order."),
      })
      .optional()
      .describe("The contents page as written."),
    glossary: z
      .object({
        heading: z.string().min(1).describe("The glossary's heading."),
        entries: z.array(GlossaryEntry).describe("The entries, in order."),
      })
      .optional()
      .describe("The glossary as written."),
    chapters: z.array(Chapter).optional().describe("Narrative chapters before the action table."),
    actionsHeading: z.string().min(1).optional().describe("The heading over the action table."),
    columns: z.array(Column).min(1).describe("The action table's columns and labels."),
    themes: z.array(Theme).describe("Themes and sections, in document order."),
    appendices: z.array(Chapter).optional().describe("Appendices after the action table."),
  })
  .describe("A plan with its front matter and action table.");
/** A plan with its front matter and action table. */
export type Plan = z.output<typeof Plan>;
