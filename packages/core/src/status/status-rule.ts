import type { CanonicalStatus } from "./canonical-status";

/**
 * A rule reading progress wording as a canonical status: the first rule whose pattern matches
 * the wording (lower-cased, spaces collapsed) decides. Rules are data: pass your own list to
 * {@link normaliseStatus} to extend or replace {@link defaultStatusRules}.
 *
 * @example
 * ```ts
 * const rule: StatusRule = { id: "rag-green", status: "on-track", pattern: /^green$/, example: "Green" };
 * ```
 */
export type StatusRule = {
  /** Stable id, reported with the status it gave. */
  id: string;
  /** The canonical status the wording means. */
  status: CanonicalStatus;
  /** Tested against the wording lower-cased with spaces collapsed. */
  pattern: RegExp;
  /** Wording the rule is for, for documentation. */
  example: string;
};
