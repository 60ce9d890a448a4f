import {
  type Column,
  type Content,
  cellContent,
  contentText,
  formatColumnLabels,
  formatContent,
  formatCouncilProgress,
  formatOutcomeCodes,
  formatTimescale,
  type PlanTableRow,
  type ProgressPart,
  type Theme,
  type ThemePart,
} from "@cja-kit/core";
import type { PlanLine } from "./plan-lines";
import type { WriteColumn } from "./write-columns";

/** The narrative a status was read from, when no separate wording was given. */
export function narrative(
  progress: Content,
  byCouncil: ReadonlyArray<{ progress: Content }> | undefined,
): string {
  return [contentText(progress), ...(byCouncil ?? []).map((part) => contentText(part.progress))]
    .join("\n")
    .trim();
}

/** A theme's heading as a document writes it in its first column: number and title, then "Outcome" and its outcomes. */
export function headingText(theme: Theme): string {
  const heading = [theme.number, theme.title].filter((part) => part !== undefined).join(" ");
  const outcomes =
    theme.localOutcomes === undefined || theme.localOutcomes.length === 0
      ? []
      : ["Outcome", formatContent(theme.localOutcomes)];
  return [heading, ...outcomes].filter((part) => part.length > 0).join("\n");
}

function themeText(theme: Theme | undefined, part: ThemePart): string {
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
    case "heading":
      return headingText(theme);
  }
}

function progressText(part: ProgressPart, key: string | undefined, table: PlanTableRow): string {
  const entry = table.entry;
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

/** A field as the canonical layout writes it: the model's own form, read back exactly. */
function canonicalText(column: Column, table: PlanTableRow): string | undefined {
  const first = table.rowIndex === 0;
  const { action, row, entry } = table;
  switch (column.field) {
    case "number":
      return first ? action.number : "";
    case "outcomeRefs":
      return first ? (action.outcomeRefs?.raw ?? "") : "";
    case "lead":
      return formatContent(row.lead ?? []);
    case "progress":
      return formatContent(entry?.progress ?? []);
    case "status":
      return entry?.status.status ?? "";
    case "percentComplete":
      return entry?.percentComplete === undefined ? "" : String(entry.percentComplete);
    default:
      return undefined;
  }
}

/** A field's cell: wording kept as written (timescale, resources, flags, extra cells), else the content the table shows. */
function fieldText(column: Column, table: PlanTableRow, canonical: boolean): string {
  const own = canonical ? canonicalText(column, table) : undefined;
  if (own !== undefined) return own;
  switch (column.field) {
    case "number":
      return table.rowIndex === 0 ? table.action.number : "";
    case "timescale":
      return table.row.timescale === undefined ? "" : formatTimescale(table.row.timescale);
    case "resources":
      return table.row.resources?.raw ?? "";
    case "flag":
      return column.key === undefined ? "" : (table.row.flags?.[column.key]?.raw ?? "");
    case "extra":
      return column.key === undefined ? "" : (table.row.extra?.[column.key] ?? "");
    case "reportedRag":
      return table.entry?.reportedRag?.raw ?? "";
    case "revisedTimescale":
      return table.entry?.revisedTimescale === undefined ? "" : formatTimescale(table.entry.revisedTimescale);
    default:
      return formatContent(cellContent(column, table));
  }
}

/** Where a cell is written: the plan's columns (for their labels' cell), the first line or not, the layout. */
export type CellWhere = { planColumns: readonly Column[]; first: boolean; canonical: boolean };

/** The text of one cell of a plan CSV line. */
export function cellText(column: WriteColumn, line: PlanLine, where: CellWhere): string {
  const { role } = column;
  switch (role.kind) {
    case "theme":
      return themeText(line.themes[role.level - 1], role.part);
    case "field":
      return line.table === undefined ? "" : fieldText(role.column, line.table, where.canonical);
    case "progress":
      return line.table === undefined ? "" : progressText(role.part, role.key, line.table);
    case "plan-columns":
      return where.first ? formatColumnLabels(where.planColumns) : "";
    default:
      return "";
  }
}
