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
  type OutcomeRefList,
  type PlanTableRow,
  type ProgressEntry,
  type ProgressPart,
  parseOutcomeRefs,
  type Theme,
  type ThemePart,
} from "@cja-kit/core";
import type { PlanLine } from "./plan-lines";
import { type Cell, figure, text } from "./sheet-model";

/** What a column of the plan sheet holds: a theme part, a plan column, a progress part, or the plan's own labels. */
export type PlanRole =
  | { kind: "theme"; level: number; part: Exclude<ThemePart, "heading"> }
  | { kind: "field"; column: Column }
  | { kind: "progress"; part: ProgressPart; key?: string }
  | { kind: "plan-columns" };

/** The narrative a status was read from, when no separate wording was given. */
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
      return theme.outcomeRefs === undefined ? "" : codesUnsaid(theme.outcomeRefs);
    case "localOutcomes":
      return formatContent(theme.localOutcomes ?? []);
    case "columns":
      return formatColumnLabels(theme.columns);
  }
}

/** The references as codes when their wording alone would not read back as them (West Dunbartonshire's "Section 4"), else "" (the column is then left out). */
function codesUnsaid(outcomeRefs: OutcomeRefList): string {
  const [first] = outcomeRefs.refs;
  if (first === undefined) return "";
  const again = parseOutcomeRefs(outcomeRefs.raw, { framework: first.framework }).value.refs;
  const same =
    again.length === outcomeRefs.refs.length &&
    again.every(
      (ref, i) => ref.framework === outcomeRefs.refs[i]?.framework && ref.code === outcomeRefs.refs[i]?.code,
    );
  return same ? "" : formatOutcomeCodes(outcomeRefs.refs);
}

function progressText(part: ProgressPart, key: string | undefined, entry: ProgressEntry | undefined): string {
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

/** A pound amount as written ("£15,000", "£2,500.50") as a number cell showing the same; other wording as text. */
function pounds(raw: string): Cell | undefined {
  const amount = /^£(\d{1,3}(?:,\d{3})*)(\.\d\d)?$/.exec(raw);
  if (amount === null) return text(raw);
  const value = Number(`${(amount[1] ?? "").replace(/,/g, "")}${amount[2] ?? ""}`);
  return figure(raw, value, amount[2] === undefined ? '"£"#,##0' : '"£"#,##0.00');
}

/** A share done as a percentage cell: 40 shows as 40%, which the import reads back as 40. */
function percent(value: number | undefined): Cell | undefined {
  if (value === undefined) return undefined;
  return { kind: "number", value: value / 100, format: Number.isInteger(value) ? "0%" : "0.##########%" };
}

/** A field as the canonical layout holds it: the model's own form, so it reads back exactly. */
function fieldCell(column: Column, table: PlanTableRow): Cell | undefined {
  const first = table.rowIndex === 0;
  const { action, row, entry } = table;
  switch (column.field) {
    case "number":
      return first ? text(action.number) : undefined;
    case "outcomeRefs":
      return first ? text(action.outcomeRefs?.raw) : undefined;
    case "lead":
      return text(formatContent(row.lead ?? []));
    case "timescale":
      return text(row.timescale === undefined ? undefined : formatTimescale(row.timescale));
    case "resources":
      return row.resources === undefined ? undefined : pounds(row.resources.raw);
    case "flag":
      return text(column.key === undefined ? undefined : row.flags?.[column.key]?.raw);
    case "extra":
      return text(column.key === undefined ? undefined : row.extra?.[column.key]);
    case "progress":
      return text(formatContent(entry?.progress ?? []));
    case "status":
      return text(entry?.status.status);
    case "percentComplete":
      return percent(entry?.percentComplete);
    case "reportedRag":
      return text(entry?.reportedRag?.raw);
    case "revisedTimescale":
      return text(
        entry?.revisedTimescale === undefined ? undefined : formatTimescale(entry.revisedTimescale),
      );
    default:
      return text(formatContent(cellContent(column, table)));
  }
}

/** The cell of one plan-sheet line under a column; `labels` is the plan's own column labels, given on the first line. */
export function planCell(role: PlanRole, line: PlanLine, labels: string | undefined): Cell | undefined {
  switch (role.kind) {
    case "theme":
      return text(themeText(line.themes[role.level - 1], role.part));
    case "field":
      return line.table === undefined ? undefined : fieldCell(role.column, line.table);
    case "progress":
      return text(progressText(role.part, role.key, line.table?.entry));
    case "plan-columns":
      return text(labels);
  }
}
