import type { StatusRule } from "./status-rule";

/**
 * The built-in status rules, in the order they are tried. Specific wording comes first ("Part
 * complete" before "complete", "has not progressed" before "progressing"); narrative that states no
 * status matches nothing and is `unknown`. Every progress wording in the seed documents is covered
 * by a test.
 *
 * @example
 * ```ts
 * defaultStatusRules.find((rule) => rule.id === "part-complete")?.status; // "ongoing"
 * ```
 */
export const defaultStatusRules: readonly StatusRule[] = [
  {
    id: "not-required",
    status: "no-longer-required",
    pattern: /\b(?:not|no longer) required\b/,
    example: "Audit not required as ADAT have information available",
  },
  {
    id: "not-applicable",
    status: "no-longer-required",
    pattern: /^(?:n\/a|not applicable)\.?$/,
    example: "Not applicable",
  },
  {
    id: "superseded",
    status: "no-longer-required",
    pattern: /\b(?:superseded|integrate[ds]? with|merged with|replaced by)\b/,
    example: "integrate with 3.1.1.",
  },
  {
    id: "not-started",
    status: "not-started",
    pattern: /\bnot (?:yet )?(?:commenced|started|begun)\b/,
    example: "Not commenced",
  },
  {
    id: "overdue",
    status: "overdue",
    pattern: /\b(?:overdue|past (?:its |the )?(?:due date|deadline))\b/,
    example: "Overdue",
  },
  {
    id: "not-progressed",
    status: "at-risk",
    pattern: /\bnot progressed\b/,
    example: "This work stream has not progressed as designed",
  },
  {
    id: "under-review",
    status: "at-risk",
    pattern: /\bunder review\b/,
    example: "Work-stream currently under review",
  },
  {
    id: "awaiting",
    status: "at-risk",
    pattern: /^awaiting\b/,
    example: "Awaiting outcome of Mental Health Review Report",
  },
  {
    id: "delayed",
    status: "at-risk",
    pattern:
      /\b(?:delay(?:ed|s)?|behind schedule|slipp(?:ed|age)|at risk|prevented|no further funding|not (?:be )?available until)\b/,
    example: "training will not be available until at the earliest April 2009",
  },
  {
    id: "part-complete",
    status: "ongoing",
    pattern: /\bpart(?:ly|ially)? complete\b/,
    example: "Part complete",
  },
  {
    id: "complete",
    status: "complete",
    pattern: /^(?:complete|completed|done|achieved|finished)\b\.?/,
    example: "complete",
  },
  {
    id: "work-completed",
    status: "complete",
    pattern:
      /\b(?:audit|review|exercise|work|mapping exercise) (?:is |has been |now )?(?:complete|completed)\b/,
    example: "Accommodation audit completed.",
  },
  { id: "on-track", status: "on-track", pattern: /\bon[ -]?t(?:rack|arget)\b/, example: "Ontrack" },
  {
    id: "target-met",
    status: "on-track",
    pattern: /\btargets? (?:\S+ ){0,4}(?:met|exceeded|achieved)\b/,
    example: "National target continues to be exceeded",
  },
  {
    id: "scheduled",
    status: "on-track",
    pattern: /\bscheduled\b/,
    example: "Meeting scheduled for 19th December",
  },
  {
    id: "progressing-well",
    status: "on-track",
    pattern: /\bprogressing well\b/,
    example: "Family support work at Prison Visitors' Centre progressing well.",
  },
  {
    id: "ongoing",
    status: "ongoing",
    pattern: /^on-?going\b/,
    example: "Ongoing through development of local and national performance framework",
  },
  {
    id: "in-progress",
    status: "ongoing",
    pattern:
      /\b(?:in progress|under ?way|continues? to|continuing|currently|being (?:developed|undertaken|implemented|piloted))\b/,
    example: "Work in progress",
  },
];
