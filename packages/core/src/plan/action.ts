import * as z from "zod";
import { Content } from "../content/content";
import { Money } from "../money/money";
import { OutcomeRefList } from "../outcome-ref/outcome-ref";
import { Timescale } from "../timescale/timescale";
import { YesNo } from "./yes-no";

const Extra = /* @__PURE__ */ z
  .record(z.string(), z.string())
  .describe(
    "Cells from the source with no place in the model, by column key (the heading, or `Notes (2)` for a second `Notes`).",
  );

/**
 * One row of an action's table: what is done, by when, by whom, with what. An action has several
 * rows where the document puts several operational details under one number (seed 002 2.4.1 has
 * three, 2.4.2 five; seed 001 action 2 three).
 *
 * @example
 * ```ts
 * const row: ActionRow = {
 *   detail: [{ kind: "paragraph", text: "All identified sexual offenders managed through the MAPPA process." }],
 *   timescale: parseTimescale("2008-09 and ongoing").value,
 *   lead: [{ kind: "paragraph", text: "L&B Police" }],
 *   resources: parseMoney("Existing resources").value,
 * };
 * ```
 */
export const ActionRow = /* @__PURE__ */ z
  .object({
    localOutcome: Content.optional().describe("Local outcome (seed 001)."),
    localTarget: Content.optional().describe("Local target (seed 001)."),
    detail: Content.optional().describe("Specific operational detail (seed 002) or key actions (seed 001)."),
    milestones: Content.optional().describe("Milestones (seed 003)."),
    frequency: Content.optional().describe("Frequency / source of reporting (seed 001)."),
    timescale: Timescale.optional(),
    lead: Content.optional().describe("Who leads: lead officer, work group or chair."),
    partners: Content.optional().describe("Partners working with the lead."),
    resources: Money.optional(),
    flags: z
      .record(z.string(), YesNo)
      .optional()
      .describe("Yes/no columns by key, e.g. `area-plan-2011-14`."),
    extra: Extra.optional(),
  })
  .describe("One row of an action's table.");
/** One row of an action's table. */
export type ActionRow = z.output<typeof ActionRow>;

/**
 * An action or key measure of a plan: its number as written (`2.4.2.`, `1`, `2.5.11`), its
 * wording, the outcomes it serves, and one or more rows of detail. A row that a page break split
 * (`2.1.3 cont./`) belongs to the same action: see {@link actionsFromRows}.
 *
 * @example
 * ```ts
 * const action: Action = {
 *   number: "2.4.2.",
 *   outcomeRefs: parseOutcomeRefs("(A1 & C3)").value,
 *   title: [{ kind: "paragraph", text: "Effectively manage sexual and violent offenders through the MAPPA process" }],
 *   rows: [{ detail: [{ kind: "paragraph", text: "All identified sexual offenders managed through the MAPPA process." }] }],
 * };
 * ```
 */
export const Action = /* @__PURE__ */ z
  .object({
    number: z.string().min(1).describe("The action's number as written, e.g. `2.4.2.`."),
    title: Content.optional().describe("The key measure or action wording."),
    outcomeRefs: OutcomeRefList.optional(),
    aim: Content.optional().describe("Aim (seed 003)."),
    objective: Content.optional().describe("Objective (seed 003)."),
    rows: z.array(ActionRow).min(1).describe("Rows of detail, in document order."),
  })
  .describe("An action or key measure of a plan.");
/** An action or key measure of a plan. */
export type Action = z.output<typeof Action>;
