import * as z from "zod";

/**
 * What a column of a plan table shows. `measure` is a key-measure cell (number, outcome
 * references and wording together, seed 002); `number` is the number alone (seeds 001, 003);
 * `flag` is a yes/no column named by `key`; `progress`, `nextSteps`, `status` (the status as
 * reported), `reportedRag` (a rating the return gives), `revisedTimescale` (a revised due date) and
 * `percentComplete` come from a progress return; `extra` is a column with no place in the model,
 * its cells kept as written in each row's `extra` under the column's `key`.
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
    "status",
    "reportedRag",
    "revisedTimescale",
    "percentComplete",
    "extra",
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
 * const notes: Column = { field: "extra", key: "Notes (2)", label: "Notes" }; // the second "Notes" column
 * ```
 */
export const Column = /* @__PURE__ */ z
  .object({
    field: ActionField,
    label: z
      .string()
      .regex(/^[^\r\n]*$/, "A column label is one line.")
      .describe("The column's label as the document writes it."),
    key: z
      .string()
      .min(1)
      .optional()
      .describe('Which flag, for `field: "flag"`; which cells of a row\'s `extra`, for `field: "extra"`.'),
  })
  .refine((column) => (column.field !== "flag" && column.field !== "extra") || column.key !== undefined, {
    message: "A flag or extra column names its cells with `key`.",
    path: ["key"],
  })
  .describe("A column of a plan table.");
/** A column of a plan table. */
export type Column = z.output<typeof Column>;
