import * as z from "zod";

/**
 * A reference to one outcome, qualified by its framework: codes collide across frameworks
 * (`C1` is a communities outcome in `nsmo-2006` and a system outcome in `nab-2008`).
 *
 * @example
 * ```ts
 * const ref: OutcomeRef = { framework: "nab-2008", code: "C3" };
 * ```
 */
export const OutcomeRef = /* @__PURE__ */ z
  .object({
    framework: z.string().min(1).describe("Framework id, e.g. `nab-2008`."),
    code: z.string().min(1).describe("Outcome code within the framework, e.g. `A1`."),
  })
  .describe("A reference to one outcome of a framework.");
/** A reference to one outcome of a framework. */
export type OutcomeRef = z.output<typeof OutcomeRef>;

/**
 * Outcome references as written (`raw`, e.g. `(A1-A5; B1-B5; C2-C4)`) and as parsed: every
 * outcome they name, ranges expanded, in the order written.
 *
 * @example
 * ```ts
 * const refs: OutcomeRefList = {
 *   raw: "(A1 & C3)",
 *   refs: [{ framework: "nab-2008", code: "A1" }, { framework: "nab-2008", code: "C3" }],
 * };
 * ```
 */
export const OutcomeRefList = /* @__PURE__ */ z
  .object({
    raw: z.string().describe("The references as written in the source."),
    refs: z.array(OutcomeRef).describe("Every outcome named, ranges expanded, in written order."),
  })
  .describe("Outcome references as written and as parsed.");
/** Outcome references as written and as parsed. */
export type OutcomeRefList = z.output<typeof OutcomeRefList>;
