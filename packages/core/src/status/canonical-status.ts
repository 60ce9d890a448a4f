import * as z from "zod";

/**
 * The canonical status of an action, whatever the wording a return used ("On target", "Ontrack",
 * "Part complete", "Not commenced", …). `unknown` means the wording was not recognised: never a guess.
 *
 * @example
 * ```ts
 * const status: CanonicalStatus = "on-track";
 * ```
 */
export const CanonicalStatus = /* @__PURE__ */ z
  .enum([
    "not-started",
    "on-track",
    "at-risk",
    "overdue",
    "complete",
    "ongoing",
    "no-longer-required",
    "unknown",
  ])
  .describe("The canonical status of an action.");
/** The canonical status of an action. */
export type CanonicalStatus = z.output<typeof CanonicalStatus>;

/**
 * Every canonical status, in reporting order.
 *
 * @example
 * ```ts
 * canonicalStatuses.length; // 8
 * ```
 */
export const canonicalStatuses: readonly CanonicalStatus[] = /* @__PURE__ */ (() =>
  CanonicalStatus.options)();

/**
 * A status as reported: the wording (`raw`), the canonical status it means, and the id of the
 * rule that matched (`none` when no rule did, and the status is `unknown`).
 *
 * @example
 * ```ts
 * const reported: ReportedStatus = { raw: "Ontrack", status: "on-track", rule: "on-track" };
 * ```
 */
export const ReportedStatus = /* @__PURE__ */ z
  .object({
    raw: z.string().describe("The status wording as reported."),
    status: CanonicalStatus,
    rule: z.string().min(1).describe("Id of the rule that matched, or `none`."),
  })
  .describe("A status as reported and as normalised.");
/** A status as reported and as normalised. */
export type ReportedStatus = z.output<typeof ReportedStatus>;
