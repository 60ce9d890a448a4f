import type { Column } from "../plan/column";

/**
 * The parts of a theme a table can give: canonical columns one part each (`outcomeCodes` the
 * references as framework-qualified codes, where the wording does not say them), a theme column
 * its whole heading.
 *
 * @example
 * ```ts
 * const part: ThemePart = "title"; // "Theme 1 title"
 * ```
 */
export type ThemePart =
  | "number"
  | "title"
  | "outcomeRefs"
  | "outcomeCodes"
  | "localOutcomes"
  | "columns"
  | "heading";
/**
 * Progress cells that are not plan columns: per-council parts, the status wording, the status rule,
 * and a cell the return keeps under its own heading (`extra`, e.g. the national delivery plan
 * update's "Opened" and "Closed", headed `Progress: Opened` in a plan table).
 *
 * @example
 * ```ts
 * const part: ProgressPart = "statusRule"; // "Status rule"
 * ```
 */
export type ProgressPart = "byCouncil" | "statusWording" | "statusRule" | "extra";
/**
 * What a column of a progress table holds beyond progress: which return and which action.
 *
 * @example
 * ```ts
 * const part: ReturnPart = "period"; // "Period", "Quarter", "Reporting period"
 * ```
 */
export type ReturnPart = "id" | "period" | "plan" | "title" | "reportedOn" | "action" | "row";
/**
 * The columns of a committee report table.
 *
 * @example
 * ```ts
 * const part: ReportPart = "paragraphNumber"; // "Paragraph number"
 * ```
 */
export type ReportPart = "field" | "sectionNumber" | "sectionTitle" | "role" | "paragraphNumber" | "text";

/**
 * What a column of a table holds: a theme part at a level (`fill`: a blank cell means the theme
 * above, as a merged cell saved as CSV leaves it), a plan column (a field, a flag, an extra column),
 * a progress part (`key` the progress entry's own key for part `extra`), a return part, a committee-report part, or the plan's own column labels.
 *
 * @example
 * ```ts
 * const role: ColumnRole = { kind: "field", column: { field: "lead", label: "Managed By" } };
 * ```
 */
export type ColumnRole =
  | { kind: "theme"; level: number; part: ThemePart; fill: boolean }
  | { kind: "field"; column: Column }
  | { kind: "progress"; part: ProgressPart; key?: string }
  | { kind: "return"; part: ReturnPart }
  | { kind: "report"; part: ReportPart }
  | { kind: "plan-columns" };

/**
 * How a heading was read: the caller's `headings` option, the plan's own column labels, a
 * canonical heading, a seed layout's label, an alias, a heading ending `y/n` (a flag), a theme
 * heading, or none (an unknown heading, kept as an extra column).
 *
 * @example
 * ```ts
 * const how: MatchedBy = "alias";
 * ```
 */
export type MatchedBy =
  | "option"
  | "own-label"
  | "canonical"
  | "layout"
  | "alias"
  | "flag-heading"
  | "theme-heading"
  | "none";

/**
 * A column of a table as the import reads it: its place (from 0), its heading as written (on one
 * line; `Column 4` for a blank one), a key unique in the table (`Notes (2)` for a second `Notes`),
 * its role, how the heading was matched (with the alias that matched), and a note where the
 * reading changed (a second column for a field kept as extra, prose in a number column).
 *
 * @example
 * ```ts
 * const column: MappedColumn = {
 *   index: 2, label: "Managed By", key: "Managed By", matchedBy: "alias", alias: "Managed By",
 *   role: { kind: "field", column: { field: "lead", label: "Managed By" } },
 * };
 * ```
 */
export type MappedColumn = {
  index: number;
  label: string;
  key: string;
  role: ColumnRole;
  matchedBy: MatchedBy;
  alias?: string;
  note?: string;
};

/**
 * How a table's rows are laid out: `canonical` (theme columns `Theme 1 title`…, a theme's cells on
 * every row), `themed` (theme columns such as `Priority action`, blank meaning the theme above),
 * `document` (a wording first column; themes as heading rows), or `flat` (no heading rows: every row
 * is an action or a further row of one).
 *
 * @example
 * ```ts
 * const layout: TableLayout = "document";
 * ```
 */
export type TableLayout = "canonical" | "themed" | "document" | "flat";

/**
 * How each column of a table is read, decided once from its heading row: the row it is on, the
 * layout, and every column (more are added for rows longer than the header).
 *
 * @example
 * ```ts
 * const map: HeadingMap = { row: 1, layout: "flat", columns: [] };
 * ```
 */
export type HeadingMap = { row: number; layout: TableLayout; columns: readonly MappedColumn[] };
