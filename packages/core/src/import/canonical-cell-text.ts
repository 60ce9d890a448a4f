import { isObject, usageError } from "../_internal/guard";
import type { Content } from "../content/content";
import { contentText } from "../content/content-text";
import { formatContent } from "../content/format-content";
import { cellContent } from "../plan/cell-content";
import type { Column } from "../plan/column";
import type { PlanTableRow } from "../plan/plan-table";
import type { Theme } from "../plan/theme";
import { formatTimescale } from "../timescale/format-timescale";
import { formatColumnLabels } from "./column-labels";
import type { ProgressPart, ThemePart } from "./column-role";
import { formatCouncilProgress } from "./council-progress";
import { formatOutcomeCodes } from "./outcome-codes";

/**
 * What a column of the canonical layout holds: a theme part at a level (1 the outermost), a plan
 * column (a field, a flag, an extra cell), or a progress part (`key` the entry's own key for part
 * `extra`). The plan's own column labels are not a cell of a line: the writer puts
 * `formatColumnLabels(plan.columns)` on the first line.
 *
 * @example
 * ```ts
 * const role: CanonicalCellRole = { kind: "theme", level: 2, part: "title" }; // "Theme 2 title"
 * ```
 */
export type CanonicalCellRole =
  | { kind: "theme"; level: number; part: Exclude<ThemePart, "heading"> }
  | { kind: "field"; column: Column }
  | { kind: "progress"; part: ProgressPart; key?: string };

/** The narrative a status was read from: a status wording equal to it was not given apart. */
function narrative(progress: Content, byCouncil: ReadonlyArray<{ progress: Content }> | undefined): string {
  return [contentText(progress), ...(byCouncil ?? []).map((part) => contentText(part.progress))]
    .join("\n")
    .trim();
}

function themeText(theme: Theme | undefined, part: Exclude<ThemePart, "heading">): string {
  if (theme === undefined) return "";
  switch (part) {
    case "number":
      return theme.number ?? "";
    case "title":
      return theme.title ?? "";
    case "outcomeRefs":
      return theme.outcomeRefs?.raw ?? "";
    case "outcomeCodes":
      return theme.outcomeRefs === undefined ? "" : formatOutcomeCodes(theme.outcomeRefs.refs);
    case "localOutcomes":
      return formatContent(theme.localOutcomes ?? []);
    case "columns":
      return formatColumnLabels(theme.columns);
  }
}

/** A field in the model's own form, so that it reads back exactly; wording kept as written. */
function fieldText(column: Column, table: PlanTableRow): string {
  const { action, row, entry } = table;
  switch (column.field) {
    case "number":
      return table.rowIndex === 0 ? action.number : "";
    case "outcomeRefs":
      return table.rowIndex === 0 ? (action.outcomeRefs?.raw ?? "") : "";
    case "lead":
      return formatContent(row.lead ?? []);
    case "timescale":
      return row.timescale === undefined ? "" : formatTimescale(row.timescale);
    case "resources":
      return row.resources?.raw ?? "";
    case "flag":
      return column.key === undefined ? "" : (row.flags?.[column.key]?.raw ?? "");
    case "extra":
      return column.key === undefined ? "" : (row.extra?.[column.key] ?? "");
    case "progress":
      return formatContent(entry?.progress ?? []);
    case "status":
      return entry?.status.status ?? "";
    case "percentComplete":
      return entry?.percentComplete === undefined ? "" : String(entry.percentComplete);
    case "reportedRag":
      return entry?.reportedRag?.raw ?? "";
    case "revisedTimescale":
      return entry?.revisedTimescale === undefined ? "" : formatTimescale(entry.revisedTimescale);
    default:
      return formatContent(cellContent(column, table));
  }
}

function progressText(part: ProgressPart, key: string | undefined, table: PlanTableRow | undefined): string {
  const entry = table?.entry;
  if (entry === undefined) return "";
  switch (part) {
    case "extra":
      return key === undefined ? "" : (entry.extra?.[key] ?? "");
    case "byCouncil":
      return formatCouncilProgress(entry.byCouncil);
    case "statusWording":
      return entry.status.raw === narrative(entry.progress, entry.byCouncil) ? "" : entry.status.raw;
    case "statusRule":
      return entry.status.rule;
  }
}

function cellText(role: CanonicalCellRole, line: { themes: readonly Theme[]; table?: PlanTableRow }): string {
  switch (role.kind) {
    case "theme":
      return themeText(line.themes[role.level - 1], role.part);
    case "field":
      return line.table === undefined ? "" : fieldText(role.column, line.table);
    case "progress":
      return progressText(role.part, role.key, line.table);
    default:
      return "";
  }
}

/**
 * The text of one cell of core's canonical table layout ({@link canonicalLayout}): the model's own
 * form, which core's import reads back exactly. A theme part of the line's theme at the role's
 * level; an action's number and outcome wording on its first row only; lead, progress and local
 * outcomes in the cell notation ({@link formatContent}); timescales as {@link formatTimescale}
 * writes them; resources, flags, extra cells and reported ratings as written; the canonical
 * status id; the status wording only where it is not the narrative it was read from. Every writer
 * of the canonical layout (CSV, xlsx) takes its cells from here, so they read back alike.
 * `outcomeCodes` gives the theme's references as codes; whether the column is wanted at all is
 * {@link outcomeCodesNeeded}'s to say.
 *
 * @param role - What the column holds.
 * @param line - The line: its themes, outermost first, and its row of the plan table
 *   ({@link planTableByTheme}), if it is not a theme's line of its own.
 * @returns The cell's text; "" for a cell the line leaves empty.
 * @throws CjaKitError `usage/invalid-argument` when the role or the line is not an object (the line
 *   with an array of themes); checked when the call fails, so valid input costs nothing.
 * @example
 * ```ts
 * const [row] = planTable(plan, progress);
 * canonicalCellText({ kind: "field", column: { field: "status", label: "Status" } }, { themes: [], table: row }); // "on-track"
 * ```
 */
export function canonicalCellText(
  role: CanonicalCellRole,
  line: { themes: readonly Theme[]; table?: PlanTableRow },
): string {
  try {
    return cellText(role, line);
  } catch (error) {
    if (!isObject(role) || typeof (role as { kind?: unknown }).kind !== "string")
      throw usageError(
        "canonicalCellText",
        'a column role such as { kind: "theme", level: 1, part: "title" }',
        role,
      );
    if (!isObject(line) || !Array.isArray((line as { themes?: unknown }).themes))
      throw usageError("canonicalCellText", "a line such as { themes: [], table: row }", line);
    throw error;
  }
}
