import {
  canonicalStatusLabels,
  cellContent,
  formatContent,
  type PlanTableRow,
  type ProgressEntry,
  type ProgressReturn,
  reportingPeriodDates,
} from "@cja-kit/core";
import { periodText } from "./period-text";
import { type Cell, type SheetColumn, type SheetSpec, sheetColumns, text } from "./sheet-model";

type Line = { progress: ProgressReturn; entry: ProgressEntry };
type ProgressColumn = SheetColumn & { cell: (line: Line) => Cell | undefined };

/** An entry seen as a one-row action of a plan table, so its progress cell reads as the plan sheet's and Word's. */
function asTableRow(entry: ProgressEntry): PlanTableRow {
  return {
    themes: [],
    action: { number: entry.action, rows: [{}] },
    path: [],
    rowIndex: 0,
    row: {},
    entry,
    columns: [],
  };
}

const date = (value: string | undefined): Cell | undefined =>
  value === undefined ? undefined : { kind: "date", date: value };

const RETURN_COLUMNS: readonly ProgressColumn[] = [
  { label: "Return id", width: 18, cell: ({ progress }) => text(progress.id) },
  { label: "Period", width: 16, cell: ({ progress }) => text(periodText(progress.period)) },
  { label: "From", width: 16, cell: ({ progress }) => date(reportingPeriodDates(progress.period).start) },
  { label: "To", width: 16, cell: ({ progress }) => date(reportingPeriodDates(progress.period).end) },
  { label: "Plan", width: 18, cell: ({ progress }) => text(progress.planId) },
  { label: "Return", width: 24, cell: ({ progress }) => text(progress.title) },
  { label: "Reported on", width: 16, cell: ({ progress }) => date(progress.reportedOn) },
  { label: "Action", width: 10, cell: ({ entry }) => text(entry.action) },
  {
    label: "Row",
    width: 6,
    cell: ({ entry }) =>
      entry.row === undefined ? undefined : { kind: "number", value: entry.row + 1, style: "plain" },
  },
];

const ENTRY_COLUMNS: readonly ProgressColumn[] = [
  {
    label: "Progress",
    width: 48,
    cell: ({ entry }) =>
      text(formatContent(cellContent({ field: "progress", label: "Progress" }, asTableRow(entry)))),
  },
  { label: "Status as reported", width: 20, cell: ({ entry }) => text(entry.status.raw) },
  {
    label: "Status",
    width: 18,
    list: "status",
    cell: ({ entry }) => ({ kind: "text", text: canonicalStatusLabels[entry.status.status] }),
  },
  { label: "Status rule", width: 14, cell: ({ entry }) => text(entry.status.rule) },
  {
    label: "% complete",
    width: 11,
    cell: ({ entry }) =>
      entry.percentComplete === undefined
        ? undefined
        : { kind: "number", value: entry.percentComplete, style: "percent" },
  },
  { label: "RAG as reported", width: 16, cell: ({ entry }) => text(entry.reportedRag?.raw) },
  {
    label: "RAG",
    width: 11,
    list: "rag",
    cell: ({ entry }) =>
      entry.reportedRag?.rag === undefined ? undefined : { kind: "rag", rag: entry.reportedRag.rag },
  },
  { label: "Revised timescale", width: 18, cell: ({ entry }) => text(entry.revisedTimescale?.raw) },
  { label: "Next steps", width: 40, cell: ({ entry }) => text(formatContent(entry.nextSteps ?? [])) },
];

/**
 * The progress sheet: one row per entry of each return (several returns, several periods, one
 * sheet), with the return's id, period and its dates, plan, title and date, then the action and
 * row, the narrative with each council's part under its name, the status as reported and as
 * read, % complete, the rating the return gives, a revised timescale, next steps and any extra cells.
 */
export function progressSheet(returns: readonly ProgressReturn[]): SheetSpec {
  const lines = returns.flatMap((progress) => progress.entries.map((entry) => ({ progress, entry })));
  const extras = [...new Set(lines.flatMap(({ entry }) => Object.keys(entry.extra ?? {})))].map(
    (label): ProgressColumn => ({ label, width: 24, cell: ({ entry }) => text(entry.extra?.[label]) }),
  );
  const all = [...RETURN_COLUMNS, ...ENTRY_COLUMNS, ...extras];
  return {
    name: "Progress",
    table: true,
    columns: sheetColumns(all),
    rows: lines.map((line) => all.map((column) => column.cell(line))),
  };
}
