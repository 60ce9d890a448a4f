import {
  type Column,
  canonicalCellText,
  cellContent,
  formatColumnLabels,
  formatContent,
  type PlanLine,
  type Theme,
} from "@cja-kit/core";
import type { WriteColumn } from "./write-columns";

/** A theme's heading as a document writes it in its first column: number and title, then "Outcome" and its outcomes. */
export function headingText(theme: Theme): string {
  const heading = [theme.number, theme.title].filter((part) => part !== undefined).join(" ");
  const outcomes =
    theme.localOutcomes === undefined || theme.localOutcomes.length === 0
      ? []
      : ["Outcome", formatContent(theme.localOutcomes)];
  return [heading, ...outcomes].filter((part) => part.length > 0).join("\n");
}

/** Fields a document layout writes as the document shows them, where the canonical layout keeps the model's own form. */
const SHOWN_IN_DOCUMENT: ReadonlySet<Column["field"]> = new Set([
  "outcomeRefs",
  "lead",
  "progress",
  "status",
  "percentComplete",
]);

/** Where a cell is written: the plan's columns (for their labels' cell), the first line or not, the layout. */
export type CellWhere = { planColumns: readonly Column[]; first: boolean; canonical: boolean };

/** The text of one cell of a plan CSV line: core's canonical cell, or what the document shows. */
export function cellText(column: WriteColumn, line: PlanLine, where: CellWhere): string {
  const { role } = column;
  switch (role.kind) {
    case "theme": {
      const { level, part } = role;
      if (part !== "heading") return canonicalCellText({ kind: "theme", level, part }, line);
      const theme = line.themes[level - 1];
      return theme === undefined ? "" : headingText(theme);
    }
    case "field":
      if (line.table === undefined) return "";
      return where.canonical || !SHOWN_IN_DOCUMENT.has(role.column.field)
        ? canonicalCellText(role, line)
        : formatContent(cellContent(role.column, line.table));
    case "progress":
      return canonicalCellText(role, line);
    case "plan-columns":
      return where.first ? formatColumnLabels(where.planColumns) : "";
    default:
      return "";
  }
}
