import { type ActionField, type Column, type Issue, labelKey, matchField } from "@cja-kit/core";

/** The parts of a theme a canonical CSV writes at each level. */
export type ThemePart = "number" | "title" | "outcomeRefs" | "localOutcomes" | "columns";
/** Progress cells beyond the narrative and next steps. */
export type ProgressPart = "byCouncil" | "statusWording" | "status" | "statusRule" | "percentComplete";

/** What a CSV column holds. */
export type CsvColumn =
  | { kind: "theme"; level: number; part: ThemePart; label: string }
  | { kind: "field"; column: Column; label: string }
  | { kind: "progress"; part: ProgressPart; label: string }
  | { kind: "extra"; label: string };

const THEME_PARTS: Record<ThemePart, string> = {
  number: "number",
  title: "title",
  outcomeRefs: "outcome refs",
  localOutcomes: "local outcomes",
  columns: "column labels",
};

/** Labels of the canonical layout's action, row and progress fields, in order. */
export const CANONICAL_FIELDS: ReadonlyArray<[ActionField, string]> = [
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
];

const progressField = (field: "progress" | "nextSteps", label: string): CsvColumn => ({
  kind: "field",
  column: { field, label },
  label,
});
const progressPart = (part: ProgressPart, label: string): CsvColumn => ({ kind: "progress", part, label });

/** The canonical layout's progress columns, in order. */
export const CANONICAL_PROGRESS: readonly CsvColumn[] = [
  progressField("progress", "Progress"),
  progressPart("byCouncil", "Progress by council"),
  progressPart("statusWording", "Status wording"),
  progressPart("status", "Status"),
  progressPart("statusRule", "Status rule"),
  progressPart("percentComplete", "% complete"),
  progressField("nextSteps", "Next steps"),
];

const PROGRESS_PARTS = new Map(
  CANONICAL_PROGRESS.flatMap((column) =>
    column.kind === "progress" ? [[labelKey(column.label), column.part] as const] : [],
  ),
);

/** The canonical label of a theme part at a level: "Theme 2 title". */
export function themeLabel(level: number, part: ThemePart): string {
  return `Theme ${level} ${THEME_PARTS[part]}`;
}

/** The canonical label of a flag column: "Flag: area-plan-2011-14". */
export function flagLabel(key: string): string {
  return `Flag: ${key}`;
}

function themeColumn(label: string): CsvColumn | undefined {
  const match = /^theme\s*(\d+)\s*(.+)$/is.exec(label.trim());
  const part = (Object.entries(THEME_PARTS) as Array<[ThemePart, string]>).find(
    ([, words]) => labelKey(words) === labelKey(match?.[2] ?? ""),
  );
  return match === null || part === undefined
    ? undefined
    : { kind: "theme", level: Number(match[1]), part: part[0], label };
}

function fieldOf(label: string, columns: readonly Column[]): CsvColumn | undefined {
  const own = columns.find((column) => labelKey(column.label) === labelKey(label));
  if (own !== undefined) return { kind: "field", column: { ...own, label }, label };
  const flag = /^flag:\s*(.+)$/is.exec(label.trim());
  if (flag?.[1] !== undefined)
    return { kind: "field", column: { field: "flag", key: flag[1].trim(), label }, label };
  const canonical = CANONICAL_FIELDS.find(
    ([, canonicalLabel]) => labelKey(canonicalLabel) === labelKey(label),
  );
  if (canonical !== undefined) return { kind: "field", column: { field: canonical[0], label }, label };
  const part = PROGRESS_PARTS.get(labelKey(label));
  if (part !== undefined) return { kind: "progress", part, label };
  const field = matchField(label);
  return field === undefined || field === "flag"
    ? undefined
    : { kind: "field", column: { field, label }, label };
}

function identity(column: CsvColumn): string | undefined {
  switch (column.kind) {
    case "theme":
      return `theme:${column.level}:${column.part}`;
    case "field":
      return `field:${column.column.field}:${column.column.key ?? ""}`;
    case "progress":
      return `progress:${column.part}`;
    case "extra":
      return undefined;
  }
}

/**
 * What each header cell means: a column label of the document's own (`columns`), a canonical
 * label, or an alias of a field; anything else is kept as an extra column. A second column for
 * the same field is kept as extra, with a warning.
 */
export function resolveHeader(
  labels: readonly string[],
  columns: readonly Column[] = [],
): { columns: CsvColumn[]; issues: Issue[] } {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  const resolved = labels.map((cell, index): CsvColumn => {
    // A heading is one line: a line break inside a heading cell reads as a space.
    const raw = cell.replace(/\r\n|\r|\n/g, " ");
    const label = raw.trim().length === 0 ? `Column ${index + 1}` : raw;
    if (raw.trim().length === 0) {
      issues.push({
        code: "csv/empty-header",
        severity: "warning",
        message: `Column ${index + 1} has no heading; its cells are kept as "${label}".`,
        path: [],
        row: 1,
        column: label,
      });
    }
    const column = themeColumn(label) ?? fieldOf(label, columns) ?? { kind: "extra", label };
    const id = identity(column);
    if (id === undefined) return column;
    if (seen.has(id)) {
      issues.push({
        code: "csv/duplicate-column",
        severity: "warning",
        message: `"${label}" means the same as an earlier column; its cells are kept as extra data, not read as that field.`,
        path: [],
        row: 1,
        column: label,
      });
      return { kind: "extra", label };
    }
    seen.add(id);
    return column;
  });
  return { columns: resolved, issues };
}
