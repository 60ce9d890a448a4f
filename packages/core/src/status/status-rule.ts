import type { CanonicalStatus } from "./canonical-status";

/**
 * How strongly a rule's wording speaks for the status of the work, strongest first. `term`: the
 * whole wording is a status word ("Complete", "Amber", "In progress (with revised timescale)").
 * `withdrawn`: the work is dropped or merged elsewhere. `problem`: a delay, a lack of funding, work
 * on hold or not met. `claim`: a statement about the work as a whole ("on target", "part
 * complete", "not yet started"). `progress`: a step done or under way ("audit completed",
 * "group established"). `plan`: a step arranged for a date ("meeting scheduled for 19th December").
 * {@link normaliseStatus} documents how they combine.
 *
 * @example
 * ```ts
 * const kind: StatusSignalKind = "problem";
 * ```
 */
export type StatusSignalKind = "term" | "withdrawn" | "problem" | "claim" | "progress" | "plan";

/**
 * A rule reading progress wording as a canonical status. Rules are data: pass your own list to
 * {@link normaliseStatus} to extend or replace {@link defaultStatusRules}.
 *
 * @example
 * ```ts
 * const rule: StatusRule = { id: "parked", kind: "problem", status: "on-hold", pattern: /\bparked\b/, example: "Parked until the review reports" };
 * ```
 */
export type StatusRule = {
  /** Stable id, reported with the status it gave (data for tools, never shown to readers). */
  id: string;
  /** How strongly the wording speaks for the status; see {@link StatusSignalKind}. */
  kind: StatusSignalKind;
  /** The canonical status the wording means. */
  status: CanonicalStatus;
  /**
   * Tested against the wording lower-cased with spaces collapsed: for `term` rules the whole
   * wording (anchor the pattern with `^`), for the others each sentence. Negation belongs in the
   * pattern ("not yet complete" is not complete).
   */
  pattern: RegExp;
  /** A problem mentioned earlier in the wording is over (the wording says so: "no longer delayed"). */
  resolves?: boolean;
  /** Wording the rule is for, for documentation; a test checks the rule reads it. */
  example: string;
};
