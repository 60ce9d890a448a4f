import * as z from "zod";
import { Content } from "../content/content";
import { OutcomeRefList } from "../outcome-ref/outcome-ref";
import { Action } from "./action";
import { Column } from "./column";

/**
 * A theme or section of a plan (seed 002 "2.3 Accommodation (B1-B5)", seed 003 "2. Offender
 * Groups"), holding sub-themes and actions. `localOutcomes` holds an outcome box heading a table
 * (seed 003 "Outcome"); `columns` a table's own labels where they differ from the plan's.
 *
 * @example
 * ```ts
 * const theme: Theme = {
 *   number: "2.3",
 *   title: "Accommodation (B1-B5)",
 *   outcomeRefs: parseOutcomeRefs("(B1-B5)").value,
 *   actions: [],
 * };
 * ```
 */
export const Theme = /* @__PURE__ */ z
  .object({
    number: z.string().min(1).optional().describe("The theme's number as written."),
    title: z.string().min(1).optional().describe("The heading as written, without the number."),
    outcomeRefs: OutcomeRefList.optional(),
    localOutcomes: Content.optional().describe("Local outcomes heading the theme's table."),
    columns: z.array(Column).optional().describe("The table's own column labels, where they differ."),
    get themes() {
      return z.array(Theme).optional().describe("Sub-themes, in document order.");
    },
    actions: z.array(Action).optional().describe("Actions, in document order."),
  })
  .describe("A theme or section of a plan.");
/** A theme or section of a plan. */
export type Theme = z.output<typeof Theme>;
