import { checkedFrom } from "../_internal/checked";
import type { Issue } from "../issue/issue";
import { formatReportingPeriod } from "../period/format-reporting-period";
import { parseReportingPeriod } from "../period/parse-reporting-period";
import type { ProgressEntry, ProgressReturn } from "../progress/progress-return";
import { checkProgressReturn, validateProgressReturn } from "../validate/validate-progress-return";
import { contentCells } from "./_internal/cell-notation";
import { parseDayFirstDate } from "./_internal/day-first-date";
import { countFilled, filled, type Tally } from "./_internal/tally";
import { isTotalsRow, totalsRowIssue } from "./_internal/totals-row";
import type { HeadingMap, ReturnPart } from "./column-role";
import { entryFrom } from "./entry-from";
import type { ReturnsImportOptions } from "./import-options";
import type { HeadingRule } from "./mapping-report";
import { readRowCells } from "./read-row-cells";
import { rowProgress } from "./row-progress";
import type { SourceRecord } from "./source-record";
import type { TableKind } from "./table-engine";
import { returnsMatcher } from "./table-kinds";

type Group = { progress: Omit<ProgressReturn, "entries">; entries: ProgressEntry[]; row: number };

/** What reading a progress table keeps between rows. */
export type ReturnsState = {
  parts: Map<ReturnPart, number>;
  groups: Map<string, Group>;
  issues: Issue[];
  skipped: number[];
  /** Theme headings between the entries, kept as context. */
  headings: Array<{ row: number; rule: HeadingRule; text: string }>;
};

const where = (row: number, column: string, actual?: string) => ({
  path: [],
  row,
  column,
  ...(actual === undefined ? {} : { actual: actual.slice(0, 80) }),
});

function missing(map: HeadingMap, options: ReturnsImportOptions, parts: Map<ReturnPart, number>): Issue[] {
  const issues: Issue[] = [];
  const at = { path: [], row: map.row };
  if (!parts.has("action"))
    issues.push({
      code: "table/missing-column",
      severity: "error",
      message: "The table has no Action column; each row must name the action it reports on.",
      ...at,
    });
  if (!parts.has("period") && options.period === undefined)
    issues.push({
      code: "table/missing-column",
      severity: "error",
      message:
        "The table has no Period column and no period was given; add a Period column (e.g. 2010-11 Q2) or pass options.period.",
      ...at,
    });
  return issues;
}

type RowRead = {
  state: ReturnsState;
  record: SourceRecord;
  map: HeadingMap;
  tally: Tally;
  options: ReturnsImportOptions;
};

const cellOf = (read: RowRead, part: ReturnPart) => {
  const index = read.state.parts.get(part);
  return index === undefined ? "" : (read.record.cells[index] ?? "").trim();
};
const keyOf = (read: RowRead, part: ReturnPart) =>
  read.map.columns[read.state.parts.get(part) ?? -1]?.key ?? part;

/** A row that cannot be placed: its error, and every cell reported by it. */
function skip(read: RowRead, issue: Issue): void {
  const count = countFilled(read.record.cells);
  read.tally.reported += count;
  read.state.issues.push(issue);
  read.state.skipped.push(read.record.row);
}

/** A cell read with a warning and left out: counted as reported. */
function leftOut(read: RowRead, issue: Issue): void {
  read.tally.reported += 1;
  read.state.issues.push(issue);
}

function rowNumber(read: RowRead): number | undefined {
  const text = cellOf(read, "row");
  if (text.length === 0) return undefined;
  const number = Number(text);
  if (/^\d+$/.test(text) && number >= 1) return number - 1;
  leftOut(read, {
    code: "table/bad-row-number",
    severity: "warning",
    message: `"${text.slice(0, 20)}" is not a row number (1, 2, …); the progress is taken as the whole action's.`,
    ...where(read.record.row, keyOf(read, "row"), text),
  });
  return undefined;
}

function reportedOn(read: RowRead): string | undefined {
  const text = cellOf(read, "reportedOn");
  if (text.length === 0) return undefined;
  const date = parseDayFirstDate(text);
  if (date !== undefined) return date;
  leftOut(read, {
    code: "table/bad-date",
    severity: "warning",
    message: `"${text.slice(0, 30)}" is not a date (write 30/09/2010 or 2010-09-30); the return's date was left out.`,
    ...where(read.record.row, keyOf(read, "reportedOn"), text),
  });
  return undefined;
}

function returnOf(read: RowRead, period: ProgressReturn["period"]): Omit<ProgressReturn, "entries"> {
  const id = cellOf(read, "id");
  const plan = cellOf(read, "plan") || read.options.planId || "";
  const title = cellOf(read, "title");
  const date = reportedOn(read);
  return {
    ...(id.length === 0 ? {} : { id }),
    ...(plan.length === 0 ? {} : { planId: plan }),
    ...(title.length === 0 ? {} : { title }),
    authority: read.options.authority,
    period,
    ...(date === undefined ? {} : { reportedOn: date }),
  };
}

/** An entry's own cells: unknown columns, and `Progress: …` columns (kept apart under that heading where a key is in both). */
function entryExtra(
  row: Record<string, string> | undefined,
  progress: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (progress === undefined) return row;
  const extra: Record<string, string> = { ...row };
  for (const [key, text] of Object.entries(progress))
    extra[extra[key] === undefined ? key : `Progress: ${key}`] = text;
  return extra;
}

/** The entry's progress and extra cells: every column that is not a return column. */
function entryOf(read: RowRead, action: string, row: number | undefined): ProgressEntry {
  const isReturn = (i: number) => read.map.columns[i]?.role.kind === "return";
  const cells = contentCells(read.record, read.map.columns).cells.map((cell, i) => (isReturn(i) ? "" : cell));
  const values = readRowCells(cells, read.map.columns, { row: read.record.row, framework: "nab-2008" });
  const progress = rowProgress(values.progress, {
    row: read.record.row,
    councils: new Set(),
    perCouncilLines: false,
  });
  read.state.issues.push(
    ...values.issues,
    ...progress.issues.map((issue) => ({ ...issue, actionNumber: action })),
  );
  read.tally.reported += progress.reported;
  read.tally.placed += countFilled(cells) - progress.reported;
  const extra = entryExtra(values.row.extra, values.progressExtra);
  return entryFrom({
    ...progress.value,
    action,
    ...(row === undefined ? {} : { row }),
    ...(extra === undefined ? {} : { extra }),
  });
}

/** An action as a return names it: a short code such as 1, 1.10, 2.5.3, 04, A1 or 3a. */
const ACTION_NUMBER = /^[A-Za-z]{0,3}\s?\d+(?:[.\-/]\d+)*[a-z]?\.?$/;

/**
 * Why a row is a theme heading over the entries, not an entry: its one cell merged across the
 * table, or its one cell in the Action column holding wording, not an action number.
 */
function headingRule(read: RowRead): HeadingRule | undefined {
  const { cells, spans } = read.record;
  const at = cells.findIndex(filled);
  if (at < 0 || countFilled(cells) > 1) return undefined;
  const width = Math.max(cells.length, read.map.columns.length);
  const span = (spans ?? []).find((s) => s.column === at);
  if (span !== undefined && span.columns >= Math.max(2, width - 1)) return "merged-across";
  const text = (cells[at] ?? "").trim();
  return at === read.state.parts.get("action") && !ACTION_NUMBER.test(text) ? "first-cell-only" : undefined;
}

/** A theme heading between entries: kept as context (an info issue, and the mapping report's headings). */
function themeHeading(read: RowRead, rule: HeadingRule): void {
  const text = (read.record.cells.find(filled) ?? "").trim();
  read.tally.reported += 1;
  read.state.headings.push({ row: read.record.row, rule, text: text.slice(0, 120) });
  read.state.issues.push({
    code: "table/return-theme-heading",
    severity: "info",
    message: `Row ${read.record.row} is a theme heading ("${text.slice(0, 80)}") over the entries under it, not an entry: a progress return has no themes, so it is kept only in this note and the mapping report.`,
    ...where(read.record.row, keyOf(read, "action"), text),
  });
}

/** A row that is no entry: a totals row (left out with a warning) or a theme heading (kept as context). */
function notEntry(read: RowRead): boolean {
  const { cells, row } = read.record;
  if (isTotalsRow(cells)) {
    skip(read, totalsRowIssue(row, cells, read.map.columns[cells.findIndex(filled)]?.key));
    return true;
  }
  const rule = headingRule(read);
  if (rule !== undefined) themeHeading(read, rule);
  return rule !== undefined;
}

function returnsRow(read: RowRead): void {
  if (notEntry(read)) return;
  const periodText = cellOf(read, "period");
  const parsed = periodText.length === 0 ? undefined : parseReportingPeriod(periodText);
  const period = parsed === undefined ? read.options.period : parsed.ok ? parsed.value : undefined;
  if (period === undefined) {
    const why = parsed?.ok === false ? ` ${parsed.issues.map((issue) => issue.message).join(" ")}` : "";
    skip(read, {
      code: "table/bad-period",
      severity: "error",
      message: `"${periodText.slice(0, 40)}" is not a period; write a quarter (2010-11 Q2), a half-year (2023-24 H1), a financial year (2010-11), a plan year (Year 2 (2009-10)) or dates (2023-06-01 to 2023-12-31).${why} The row was left out.`,
      ...where(read.record.row, keyOf(read, "period"), periodText),
    });
    return;
  }
  const action = cellOf(read, "action");
  if (action.length === 0) {
    skip(read, {
      code: "table/missing-action",
      severity: "error",
      message: "This row names no action; the row was left out.",
      ...where(read.record.row, keyOf(read, "action")),
    });
    return;
  }
  const before = read.tally.reported;
  const row = rowNumber(read);
  const progress = returnOf(read, period);
  const returnCells = [...read.state.parts.values()].filter((i) => filled(read.record.cells[i])).length;
  read.tally.placed += returnCells - (read.tally.reported - before);
  const key = JSON.stringify([
    progress.id,
    formatReportingPeriod(period),
    progress.planId,
    progress.title,
    progress.reportedOn,
  ]);
  const group = read.state.groups.get(key) ?? { progress, entries: [], row: read.record.row };
  read.state.groups.set(key, group);
  group.entries.push(entryOf(read, action, row));
}

function finishReturns(state: ReturnsState) {
  const issues = [...state.issues];
  const returns = [...state.groups.values()].flatMap((group, index) => {
    const value: ProgressReturn = { ...group.progress, entries: group.entries };
    const shell = validateProgressReturn({ ...value, entries: [] });
    const found = (shell.ok ? checkProgressReturn(value) : shell.issues).map((issue) => ({
      ...issue,
      path: [index, ...issue.path],
      ...(issue.row === undefined ? { row: group.row } : {}),
    }));
    issues.push(...found);
    return shell.ok ? [value] : [];
  });
  return {
    result: checkedFrom(returns, issues),
    rows: { skipped: state.skipped, headings: state.headings },
  };
}

/** How a progress table is read: the kind of table the engine drives for {@link returnsFromRecords}. */
export function returnsKind(options: ReturnsImportOptions): TableKind<ReturnsState, ProgressReturn[]> {
  return {
    noun: "a progress table",
    matcher: returnsMatcher,
    extras: {
      kept: true,
      where: "its cells are kept with each progress entry as its own cells (extra)",
      example: "progress",
    },
    start(map) {
      const parts = new Map<ReturnPart, number>();
      for (const column of map.columns)
        if (column.role.kind === "return") parts.set(column.role.part, column.index);
      const issues = missing(map, options, parts);
      return {
        state: { parts, groups: new Map(), issues: [], skipped: [], headings: [] },
        map,
        issues,
        usable: issues.length === 0,
      };
    },
    row: (state, record, map, tally) => returnsRow({ state, record, map, tally, options }),
    finish: (state) => finishReturns(state),
  };
}
