import * as z from "zod";
import { FrameworkIndicator } from "./framework-indicator";

/**
 * A group of outcomes within a framework, e.g. `A` "Outcomes for communities" in `nab-2008`.
 *
 * @example
 * ```ts
 * const group: OutcomeGroup = { code: "A", label: "Outcomes for communities" };
 * ```
 */
export const OutcomeGroup = /* @__PURE__ */ z
  .object({
    code: z
      .string()
      .min(1)
      .describe("Group code; outcome codes start with it where the framework codes that way."),
    label: z.string().min(1).describe("The group's name as written."),
  })
  .describe("A group of outcomes within a framework.");
/** A group of outcomes within a framework. */
export type OutcomeGroup = z.output<typeof OutcomeGroup>;

/**
 * One outcome of a framework, with its exact wording.
 *
 * @example
 * ```ts
 * const b3: Outcome = { framework: "nab-2008", code: "B3", group: "B", wording: "Reduced or stabilised substance misuse" };
 * ```
 */
export const Outcome = /* @__PURE__ */ z
  .object({
    framework: z.string().min(1).describe("Id of the framework the outcome belongs to."),
    code: z
      .string()
      .min(1)
      .describe("Stable code within the framework (not its position in a printed list)."),
    group: z.string().min(1).describe("Code of the outcome's group."),
    wording: z.string().min(1).describe("The outcome's exact wording."),
    introduced: z.string().optional().describe("When the outcome was added, where later than the framework."),
    parent: z
      .string()
      .min(1)
      .optional()
      .describe("Code of the outcome this one sits under, e.g. a priority action's national aim."),
    unverified: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Present when the wording could not be checked against the publication: what it was checked against instead.",
      ),
  })
  .describe("One outcome of a framework.");
/** One outcome of a framework. */
export type Outcome = z.output<typeof Outcome>;

/**
 * An edition of a framework: the outcomes it listed, in its printed order. Codes stay stable
 * across editions; positions do not (the 2011 national outcome 16 is printed before 15).
 *
 * @example
 * ```ts
 * const edition: FrameworkEdition = { id: "2011", label: "December 2011 refresh", codes: ["1", "2", "16", "15"] };
 * ```
 */
export const FrameworkEdition = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    codes: z.array(z.string().min(1)).min(1).describe("Outcome codes in printed order."),
  })
  .describe("An edition of a framework, with its printed order.");
/** An edition of a framework, with its printed order. */
export type FrameworkEdition = z.output<typeof FrameworkEdition>;

/**
 * An outcome framework (taxonomy) as versioned data: the National Strategy's 23 outcomes, the
 * 14 of the 2008 performance framework, the 2016 OPI framework and the 2023 performance framework
 * with their indicators, the 2022 National Strategy's aims and priority actions (priority actions
 * sit under their aim through `parent`), a partnership's own local outcomes, and so on. Wording
 * that could not be checked against the publication says so in `unverified`.
 *
 * @example
 * ```ts
 * const local: OutcomeFramework = {
 *   id: "lanarkshire-local",
 *   title: "Lanarkshire CJA local outcomes",
 *   source: "Lanarkshire CJA implementation plan 2008-09",
 *   groups: [{ code: "L", label: "Local outcomes" }],
 *   outcomes: [{ framework: "lanarkshire-local", code: "L1", group: "L", wording: "Minimise the harm caused to individuals & communities" }],
 * };
 * ```
 */
export const OutcomeFramework = /* @__PURE__ */ z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "A framework id is lower-case words and digits joined by hyphens.")
      .describe("Stable id, e.g. `nab-2008`."),
    title: z.string().min(1),
    source: z.string().min(1).describe("Where the wording comes from."),
    url: z.string().min(1).optional().describe("The publication's address."),
    note: z.string().optional().describe("Caveats about the data."),
    groups: z.array(OutcomeGroup).min(1),
    outcomes: z.array(Outcome).min(1),
    indicators: z
      .array(FrameworkIndicator)
      .optional()
      .describe("The framework's own indicators, where it has any."),
    editions: z.array(FrameworkEdition).optional().describe("Printed orders, where editions differ."),
  })
  .describe("An outcome framework as versioned data.");
/** An outcome framework as versioned data. */
export type OutcomeFramework = z.output<typeof OutcomeFramework>;
