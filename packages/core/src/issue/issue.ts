import * as z from "zod";

/**
 * How serious an {@link Issue} is: errors make data unusable, warnings and info do not.
 *
 * @example
 * ```ts
 * const severity: Severity = "warning";
 * ```
 */
export const Severity = /* @__PURE__ */ z
  .enum(["error", "warning", "info"])
  .describe("How serious the issue is.");
/** How serious an {@link Issue} is. */
export type Severity = z.output<typeof Severity>;

/**
 * A problem found in data, as a value: a stable code, a severity, where it is and what to do.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "plan/duplicate-action-number",
 *   severity: "error",
 *   message: "Action number 2.4.1 is used twice; give each action its own number.",
 *   path: ["themes", 0, "actions", 1, "number"],
 *   actionNumber: "2.4.1",
 * };
 * ```
 */
export const Issue = /* @__PURE__ */ z
  .object({
    code: z.string().min(1).describe("Stable code, `area/what`, e.g. `plan/duplicate-action-number`."),
    severity: Severity,
    message: z.string().min(1).describe("What was found, what was expected and what to do."),
    path: z.array(z.union([z.string(), z.number()])).describe("Where in the data, from its root."),
    actionNumber: z.string().optional().describe("The action or key measure the issue concerns."),
    row: z.number().int().optional().describe("Line of the source file, where the data came from a file."),
    column: z.string().optional().describe("Column label in the source file."),
    sheet: z.string().optional().describe("Worksheet name, where the data came from a workbook."),
    actual: z
      .string()
      .optional()
      .describe("The source text the issue is about, as written (cut short when long)."),
  })
  .describe("A located problem found in data.");
/** A located problem found in data. */
export type Issue = z.output<typeof Issue>;

/**
 * The result of checking data: the value and any warnings when usable, otherwise only the issues.
 *
 * @example
 * ```ts
 * const checked: Checked<number> = { ok: true, value: 1, issues: [] };
 * if (checked.ok) console.log(checked.value);
 * ```
 */
export type Checked<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * The result of parsing wording: always a value that keeps the source text, plus the issues
 * met on the way (errors where part of it could not be read).
 *
 * @example
 * ```ts
 * const parsed: Parsed<string> = { value: "July 2008", issues: [] };
 * ```
 */
export type Parsed<T> = { value: T; issues: Issue[] };
