import type { ActionField } from "../plan/column";
import type { ProgressPart, ReturnPart, ThemePart } from "./column-role";

const THEME_PARTS: Readonly<Record<Exclude<ThemePart, "heading">, string>> = {
  number: "number",
  title: "title",
  outcomeRefs: "outcome refs",
  outcomeCodes: "outcome codes",
  localOutcomes: "local outcomes",
  columns: "column labels",
};

/**
 * A canonical progress column: a plan column of a progress field, or a progress part.
 *
 * @example
 * ```ts
 * const column: CanonicalProgressColumn = { label: "Status rule", part: "statusRule" };
 * ```
 */
export type CanonicalProgressColumn =
  | { label: string; field: ActionField }
  | { label: string; part: ProgressPart };

/**
 * The canonical table layout, the one that holds every field and reads back exactly: theme
 * columns per level (`Theme 2 title`), the plan's own column labels, the action and row fields, a
 * column per flag (`Flag: area-plan-2011-14`), the progress columns, and the columns of a progress
 * table. Writers and readers of any format take the headings from here.
 *
 * @example
 * ```ts
 * canonicalLayout.themeLabel(2, "title"); // "Theme 2 title"
 * canonicalLayout.fields.map(([, label]) => label); // ["Number", "Title", "Outcome refs", …]
 * ```
 */
export const canonicalLayout = {
  /** The theme parts a canonical table writes at each level. */
  themeParts: ["number", "title", "outcomeRefs", "outcomeCodes", "localOutcomes", "columns"] as const,
  /** The heading of a theme part at a level: "Theme 2 title". */
  themeLabel: (level: number, part: Exclude<ThemePart, "heading">): string =>
    `Theme ${level} ${THEME_PARTS[part]}`,
  /** The words after "Theme N" for each part. */
  themePartWords: THEME_PARTS,
  /** The heading of a progress entry's own cell in a plan table: "Progress: Opened". */
  progressExtraLabel: (key: string): string => `Progress: ${key}`,
  /** The heading of a flag column: "Flag: area-plan-2011-14". */
  flagLabel: (key: string): string => `Flag: ${key}`,
  /** The heading of the plan's own column labels, a cell on the first row. */
  planColumns: "Plan column labels",
  /** The action and row fields, in order, with their headings. */
  fields: [
    ["number", "Number"],
    ["title", "Title"],
    ["outcomeRefs", "Outcome refs"],
    ["aim", "Aim"],
    ["objective", "Objective"],
    ["localOutcome", "Local outcome"],
    ["localTarget", "Local target"],
    ["detail", "Operational detail"],
    ["milestones", "Milestones"],
    ["frequency", "Frequency / source"],
    ["timescale", "Timescale"],
    ["lead", "Lead"],
    ["partners", "Partners"],
    ["resources", "Resources"],
  ] as ReadonlyArray<readonly [ActionField, string]>,
  /** The progress columns, in order; the last two are written only when a return uses them. */
  progress: [
    { label: "Progress", field: "progress" },
    { label: "Progress by council", part: "byCouncil" },
    { label: "Status wording", part: "statusWording" },
    { label: "Status", field: "status" },
    { label: "Status rule", part: "statusRule" },
    { label: "% complete", field: "percentComplete" },
    { label: "Next steps", field: "nextSteps" },
    { label: "Reported RAG", field: "reportedRag" },
    { label: "Revised timescale", field: "revisedTimescale" },
  ] as readonly CanonicalProgressColumn[],
  /** The columns of a progress table that say which return and action, with the other headings they are known by. */
  returns: [
    ["id", "Return id", []],
    ["period", "Period", ["Quarter", "Reporting period"]],
    ["plan", "Plan", ["Plan id"]],
    ["title", "Return", ["Return title"]],
    ["reportedOn", "Reported on", ["Report date", "Date reported"]],
    ["action", "Action", ["Action number", "Action No", "Number", "Key measure", "No.", "Ref"]],
    ["row", "Row", ["Action row"]],
  ] as ReadonlyArray<readonly [ReturnPart, string, readonly string[]]>,
};
