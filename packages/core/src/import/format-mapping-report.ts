import { guarded, has, isArrayOfObjects, isObject } from "../_internal/guard";
import type { ColumnRole, MappedColumn } from "./column-role";
import type { MappingReport } from "./mapping-report";

/** A column's letter as a spreadsheet names it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function roleText(role: ColumnRole): string {
  switch (role.kind) {
    case "theme":
      return `theme ${role.level} ${role.part}`;
    case "field": {
      const { field, key } = role.column;
      if (field === "extra") return `extra column "${key}"`;
      return field === "flag" ? `flag "${key}"` : field;
    }
    case "progress":
      return `progress: ${role.part}`;
    case "return":
      return `return: ${role.part}`;
    case "report":
      return `report: ${role.part}`;
    case "plan-columns":
      return "the plan's column labels";
  }
}

const HOW: Record<MappedColumn["matchedBy"], string> = {
  option: "headings option",
  "own-label": "the plan's own label",
  canonical: "canonical heading",
  layout: "seed layout's label",
  alias: "alias",
  "flag-heading": "a y/n heading",
  "theme-heading": "theme heading",
  none: "unknown heading",
};

const NOTES: Record<string, string> = {
  "same-field": "a second column for a field: kept as extra",
  "progress-without-return": "progress, but no return given: kept as extra",
  wording: "holds wording: read as the action's wording",
  "wording-and-numbers": "holds numbers and wording: shown as number and wording",
  "not-read": "no column of this table: its cells are not read",
  "same-field-not-read": "a second column for a field: its cells are not read",
};

/** What a column was read as; a column whose cells are not read says so, not "extra column". */
const readAs = (column: MappedColumn) =>
  column.note === "not-read" || column.note === "same-field-not-read" ? "not read" : roleText(column.role);

function columnLine(column: MappedColumn): string {
  const how =
    column.alias === undefined || column.matchedBy === "none"
      ? HOW[column.matchedBy]
      : `${HOW[column.matchedBy]} "${column.alias}"`;
  const note = column.note === undefined ? "" : `; ${NOTES[column.note] ?? column.note}`;
  return `  ${columnLetter(column.index).padEnd(3)} ${JSON.stringify(column.label).padEnd(28)} → ${readAs(column).padEnd(28)} (${how}${note})`;
}

/** Row numbers as short ranges: 4, 5, 6, 9 → "4-6, 9". */
export function rowRanges(rows: readonly number[]): string {
  const ranges: string[] = [];
  let start = rows[0];
  let end = start;
  for (const row of [...rows.slice(1), undefined]) {
    if (row !== undefined && end !== undefined && row === end + 1) end = row;
    else {
      if (start !== undefined) ranges.push(start === end ? String(start) : `${start}-${end}`);
      start = row;
      end = row;
    }
  }
  return ranges.join(", ");
}

function rowLines(report: MappingReport): string[] {
  const { rows } = report;
  const lines = [`Rows: ${rows.data} read, ${rows.blank} blank`];
  if (rows.aboveHeading.length > 0)
    lines.push(`  above the heading row, not read: ${rowRanges(rows.aboveHeading)}`);
  if (rows.skipped.length > 0) lines.push(`  left out (see issues): ${rowRanges(rows.skipped)}`);
  for (const heading of rows.headings)
    lines.push(`  row ${heading.row}: theme heading (${heading.rule}) "${heading.text.slice(0, 60)}"`);
  for (const filled of rows.filled)
    lines.push(
      `  row ${filled.row}: ${filled.columns.map((c) => `"${c}"`).join(", ")} filled from row ${filled.from} (merged cells)`,
    );
  if (rows.numbered.length > 0)
    lines.push(
      `  numbered by position: ${rows.numbered.map((n) => `row ${n.row} → ${n.number}`).join(", ")}`,
    );
  return lines;
}

/**
 * A mapping report as text a person reads to check how a table was taken: the heading row and
 * layout, one line per column (its letter, heading, what it was read as and how), what the rows
 * were, and the tally of cells.
 *
 * @param report - The report of an import.
 * @returns Lines of text.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * console.log(formatMappingReport(planFromRecords(records, options).report));
 * // Heading row 1, layout document
 * //   A   "Action"          → number            (alias "Action"; holds wording: read as the action's wording)
 * //   …
 * ```
 */
export function formatMappingReport(report: MappingReport): string {
  return guarded(
    "formatMappingReport",
    () => [
      ["report", (value) => has(value, "columns", isArrayOfObjects) && has(value, "cells", isObject), report],
    ],
    () => formatMappingReportOf(report),
  );
}

function formatMappingReportOf(report: MappingReport): string {
  const head =
    report.headingRow === undefined
      ? "No heading row"
      : `Heading row ${report.headingRow}, layout ${report.layout ?? "flat"}`;
  const { nonEmpty, placed, reported } = report.cells;
  return [
    head,
    ...report.columns.map(columnLine),
    ...rowLines(report),
    `Cells: ${nonEmpty} non-empty, ${placed} placed in the model, ${reported} reported by an issue`,
  ].join("\n");
}
