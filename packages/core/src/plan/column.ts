import * as z from "zod";

/**
 * What a column of a plan table shows. `measure` is a key-measure cell (number, outcome
 * references and wording together, seed 002); `number` is the number alone (seeds 001, 003);
 * `flag` is a yes/no column named by `key`; `progress` and `nextSteps` come from a progress return.
 *
 * @example
 * ```ts
 * const field: ActionField = "timescale";
 * ```
 */
export const ActionField = /* @__PURE__ */ z
  .enum([
    "measure",
    "number",
    "title",
    "outcomeRefs",
    "aim",
    "objective",
    "localOutcome",
    "localTarget",
    "detail",
    "milestones",
    "frequency",
    "timescale",
    "lead",
    "partners",
    "resources",
    "flag",
    "progress",
    "nextSteps",
  ])
  .describe("What a column of a plan table shows.");
/** What a column of a plan table shows. */
export type ActionField = z.output<typeof ActionField>;

/**
 * A column of a plan table: what it shows and the document's own label for it, so a document can
 * be reproduced with its own wording ("Work Group/ Chair", "When will it be done by?").
 *
 * @example
 * ```ts
 * const column: Column = { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" };
 * ```
 */
export const Column = /* @__PURE__ */ z
  .object({
    field: ActionField,
    label: z
      .string()
      .regex(/^[^\r\n]*$/, "A column label is one line.")
      .describe("The column's label as the document writes it."),
    key: z.string().min(1).optional().describe('Which flag, for `field: "flag"`.'),
  })
  .refine((column) => column.field !== "flag" || column.key !== undefined, {
    message: "A flag column names its flag with `key`.",
    path: ["key"],
  })
  .describe("A column of a plan table.");
/** A column of a plan table. */
export type Column = z.output<typeof Column>;
