import type { CanonicalStatus } from "./canonical-status";
import type { Rag } from "./rag";

/**
 * Each canonical status as a board member reads it. `unknown` is "Not stated": the return states no
 * status that a rule recognises.
 *
 * @example
 * ```ts
 * canonicalStatusLabels["rescheduled"]; // "In progress (revised timescale)"
 * canonicalStatusLabels.unknown; // "Not stated"
 * ```
 */
export const canonicalStatusLabels: Readonly<Record<CanonicalStatus, string>> = {
  "not-started": "Not started",
  "not-due": "Not yet due",
  "on-track": "On track",
  ongoing: "In progress",
  rescheduled: "In progress (revised timescale)",
  "part-complete": "Partly complete",
  "at-risk": "At risk",
  "on-hold": "On hold",
  overdue: "Overdue",
  "off-track": "Off track",
  "not-achieved": "Not achieved",
  complete: "Complete",
  "no-longer-required": "No longer required",
  unknown: "Not stated",
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
