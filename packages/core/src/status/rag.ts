import * as z from "zod";

/**
 * Red, amber or green, or `not-rated` where the status is unknown or the work no longer required.
 * Colour is never the only signal: each rating comes with the rule and reason that gave it.
 *
 * @example
 * ```ts
 * const rag: Rag = "amber";
 * ```
 */
export const Rag = /* @__PURE__ */ z
  .enum(["red", "amber", "green", "not-rated"])
  .describe("A red, amber or green rating.");
/** A red, amber or green rating. */
export type Rag = z.output<typeof Rag>;

/**
 * Every rating, worst first.
 *
 * @example
 * ```ts
 * rags[0]; // "red"
 * ```
 */
export const rags: readonly Rag[] = /* @__PURE__ */ (() => Rag.options)();
