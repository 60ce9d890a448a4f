import {
  type Content,
  cellContent,
  contentText,
  formatContent,
  type PlanTableRow,
  type Theme,
} from "@cja-kit/core";
import { formatCouncils } from "./council-text";
import type { CsvColumn, ThemePart } from "./csv-columns";
import type { PlanLine } from "./plan-lines";
import { formatColumnLabels } from "./theme-text";

function themeText(theme: Theme | undefined, part: ThemePart): string {
  if (theme === undefined) return "";
  switch (part) {
    case "number":
      return theme.number ?? "";
    case "title":
      return theme.title ?? "";
    case "outcomeRefs":
      return theme.outcomeRefs?.raw ?? "";
    case "localOutcomes":
      return formatContent(theme.localOutcomes ?? []);
    case "columns":
      return formatColumnLabels(theme.columns);
  }
}

/** The narrative a status was read from, when no separate wording was given. */
export function narrative(
  progress: Content,
  byCouncil: ReadonlyArray<{ progress: Content }> | undefined,
): string {
  return [contentText(progress), ...(byCouncil ?? []).map((part) => contentText(part.progress))]
    .join("\n")
    .trim();
}

function progressText(column: CsvColumn & { kind: "progress" }, table: PlanTableRow): string {
  const entry = table.entry;
  if (entry === undefined) return "";
  switch (column.part) {
    case "byCouncil":
      return formatCouncils(entry.byCouncil);
    case "statusWording":
      return entry.status.raw === narrative(entry.progress, entry.byCouncil) ? "" : entry.status.raw;
    case "status":
      return entry.status.status;
    case "statusRule":
      return entry.status.rule;
    case "percentComplete":
      return entry.percentComplete === undefined ? "" : String(entry.percentComplete);
  }
}

function fieldText(column: CsvColumn & { kind: "field" }, table: PlanTableRow, canonical: boolean): string {
  const first = table.rowIndex === 0;
  const { action, row } = table;
  switch (column.column.field) {
    case "number":
      return first ? action.number : "";
    case "outcomeRefs":
      return first ? (action.outcomeRefs?.raw ?? "") : "";
    case "timescale":
      return row.timescale?.raw ?? "";
    case "resources":
      return row.resources?.raw ?? "";
    case "flag":
      return column.column.key === undefined ? "" : (row.flags?.[column.column.key]?.raw ?? "");
    case "lead":
      return formatContent(canonical ? (row.lead ?? []) : cellContent(column.column, table));
    case "progress":
      return formatContent(canonical ? (table.entry?.progress ?? []) : cellContent(column.column, table));
    default:
      return formatContent(cellContent(column.column, table));
  }
}

/** The text of one cell of a plan CSV line. */
export function cellText(column: CsvColumn, line: PlanLine, canonical: boolean): string {
  switch (column.kind) {
    case "theme":
      return themeText(line.themes[column.level - 1], column.part);
    case "field":
      return line.table === undefined ? "" : fieldText(column, line.table, canonical);
    case "progress":
      return line.table === undefined ? "" : progressText(column, line.table);
    case "extra":
      return line.table?.row.extra?.[column.label] ?? "";
  }
}

/** The first-column text of a theme heading line in a document-layout CSV. */
export function headingText(theme: Theme): string {
  const heading = [theme.number, theme.title].filter((part) => part !== undefined).join(" ");
  const outcomes =
    theme.localOutcomes === undefined || theme.localOutcomes.length === 0
      ? []
      : ["Outcome", formatContent(theme.localOutcomes)];
  return [heading, ...outcomes].filter((part) => part.length > 0).join("\n");
}
