import { type Issue, labelKey } from "@cja-kit/core";
import { CANONICAL_PROGRESS, type CsvColumn, resolveHeader } from "./csv-columns";

/** What a column of a progress CSV holds beyond the progress fields. */
export type ReturnPart = "id" | "period" | "plan" | "title" | "reportedOn" | "action" | "row";

/** A column of a progress CSV. */
export type ProgressCsvColumn = { kind: "return"; part: ReturnPart; label: string } | CsvColumn;

const RETURN_COLUMNS: ReadonlyArray<[ReturnPart, string, readonly string[]]> = [
  ["id", "Return id", []],
  ["period", "Period", ["Quarter", "Reporting period"]],
  ["plan", "Plan", ["Plan id"]],
  ["title", "Return", ["Return title"]],
  ["reportedOn", "Reported on", ["Report date"]],
  ["action", "Action", ["Action number", "Action No", "Number", "Key measure"]],
  ["row", "Row", ["Action row"]],
];

/** The columns a progress CSV is written with. */
export const PROGRESS_COLUMNS: readonly ProgressCsvColumn[] = [
  ...RETURN_COLUMNS.map(([part, label]): ProgressCsvColumn => ({ kind: "return", part, label })),
  ...CANONICAL_PROGRESS,
];

const BY_KEY = new Map(
  RETURN_COLUMNS.flatMap(([part, label, aliases]) =>
    [label, ...aliases].map((alias) => [labelKey(alias), part] as const),
  ),
);

/** What each header cell of a progress CSV means. */
export function resolveProgressHeader(labels: readonly string[]): {
  columns: ProgressCsvColumn[];
  issues: Issue[];
} {
  const own = labels.map((label) => BY_KEY.get(labelKey(label)));
  const rest = resolveHeader(labels.map((label, index) => (own[index] === undefined ? label : "")));
  const columns = labels.map((label, index): ProgressCsvColumn => {
    const part = own[index];
    return part === undefined
      ? (rest.columns[index] ?? { kind: "extra", label })
      : { kind: "return", part, label };
  });
  // Plan fields have no place in a progress return: their cells are kept as extra data.
  const usable = columns.map(
    (column): ProgressCsvColumn =>
      column.kind === "field" && column.column.field !== "progress" && column.column.field !== "nextSteps"
        ? { kind: "extra", label: column.label }
        : column,
  );
  const emptyHeadings = rest.issues.filter(
    (issue) =>
      issue.code !== "csv/empty-header" ||
      labels.some((label, i) => label === "" && issue.column === `Column ${i + 1}`),
  );
  return { columns: usable, issues: emptyHeadings };
}
