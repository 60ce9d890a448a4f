import type { CanonicalStatus } from "./canonical-status";
import type { Rag } from "./rag";

/**
 * Each canonical status as a reader sees it written.
 *
 * @example
 * ```ts
 * canonicalStatusLabels["no-longer-required"]; // "No longer required"
 * ```
 */
export const canonicalStatusLabels: Readonly<Record<CanonicalStatus, string>> = {
  "not-started": "Not started",
  "on-track": "On track",
  "at-risk": "At risk",
  overdue: "Overdue",
  complete: "Complete",
  ongoing: "Ongoing",
  "no-longer-required": "No longer required",
  unknown: "Status not recognised",
};

/**
 * Each rating as a reader sees it written: print it beside any colour, which is never the only signal.
 *
 * @example
 * ```ts
 * ragLabels["not-rated"]; // "Not rated"
 * ```
 */
export const ragLabels: Readonly<Record<Rag, string>> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  "not-rated": "Not rated",
};
