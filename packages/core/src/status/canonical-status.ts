import * as z from "zod";

/**
 * The canonical status of an action, whatever the wording a return used ("On target", "Ontrack",
 * "Part complete", "Not commenced", "Amber", "Partially achieved", "In progress (with revised
 * timescale)", …). The vocabulary joins the seed returns', the Scottish Government community justice
 * delivery plan's (Complete, In progress, In progress (with revised timescale), Outstanding), the
 * outcome reporting of community justice partnerships (Achieved, Partially achieved, Not met, Not
 * yet due) and reported RAG words (Green, Amber, Red). `unknown` means the wording states no status
 * that a rule recognises: never a guess.
 *
 * @example
 * ```ts
 * const status: CanonicalStatus = "on-track";
 * ```
 */
export const CanonicalStatus = /* @__PURE__ */ z
  .enum([
    "not-started",
    "not-due",
    "on-track",
    "ongoing",
    "rescheduled",
    "part-complete",
    "at-risk",
    "on-hold",
    "overdue",
    "off-track",
    "not-achieved",
    "complete",
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
 * canonicalStatuses.length; // 14
 * ```
 */
export const canonicalStatuses: readonly CanonicalStatus[] = /* @__PURE__ */ (() =>
  CanonicalStatus.options)();

/**
 * A status as reported: the wording (`raw`), the canonical status it means, the id of the rule
 * that decided (`none` when no rule did, and the status is `unknown`), and the words that decided
 * it (`evidence`, as written), for an explanation a reader can check against the return.
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
    rule: z.string().min(1).describe("Id of the rule that decided, or `none`."),
    evidence: z.string().optional().describe("The words of the wording that decided the status, as written."),
  })
  .describe("A status as reported and as normalised.");
/** A status as reported and as normalised. */
export type ReportedStatus = z.output<typeof ReportedStatus>;
