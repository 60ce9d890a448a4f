import {
  CalendarDate,
  checkProgressReturn,
  type Issue,
  type ProgressReturn,
  validateProgressReturn,
} from "@cja-kit/core";
import type { ReadProgressCsvOptions } from "../read-progress-csv";
import { checkCells, limits, tooManyColumns } from "./cell-checks";
import { entryFrom } from "./entry-from";
import { restoreFormula } from "./formula";
import { formatPeriod, parsePeriod } from "./period-text";
import { type ProgressCsvColumn, resolveProgressHeader } from "./progress-columns";
import { readCells } from "./read-cells";
import type { RecordReader } from "./read-records";

/** Reads a progress CSV record by record. */
export type ProgressReader = RecordReader<ProgressReturn[]>;

type Group = { key: string; progress: Omit<ProgressReturn, "entries">; entries: ProgressReturn["entries"] };

/** A reader that builds progress returns from the records of a progress CSV. */
export function createProgressReader(meta: ReadProgressCsvOptions): ProgressReader {
  const issues: Issue[] = [];
  const groups: Group[] = [];
  let columns: ProgressCsvColumn[] = [];
  let labels: string[] = [];
  let unreadable = false;
  const { maxColumns, maxCellLength } = limits(meta);
  const restore = meta.restoreFormulas ?? true;

  const cellOf = (cells: string[], part: string) => {
    const index = columns.findIndex((column) => column.kind === "return" && column.part === part);
    return index < 0 ? "" : (cells[index] ?? "").trim();
  };

  return {
    header(cells, line) {
      const wide = tooManyColumns(cells.length, maxColumns, line);
      if (wide !== undefined) {
        issues.push(wide);
        unreadable = true;
        return;
      }
      const resolved = resolveProgressHeader(cells);
      columns = resolved.columns;
      labels = columns.map((column) => column.label);
      issues.push(...resolved.issues.map((issue) => ({ ...issue, row: line })));
      if (!columns.some((c) => c.kind === "return" && c.part === "action")) {
        issues.push({
          code: "csv/missing-column",
          severity: "error",
          message: "The file has no Action column; each row must name the action it reports on.",
          path: [],
          row: line,
        });
        unreadable = true;
      }
      if (meta.period === undefined && !columns.some((c) => c.kind === "return" && c.part === "period")) {
        issues.push({
          code: "csv/missing-column",
          severity: "error",
          message:
            "The file has no Period column and no period was given; add a Period column (e.g. 2010-11 Q2) or pass options.period.",
          path: [],
          row: line,
        });
        unreadable = true;
      }
    },
    row(raw, line) {
      const cells = restore ? raw.map(restoreFormula) : raw;
      if (unreadable || cells.every((cell) => cell.length === 0)) return;
      const checked = checkCells(cells, labels, line, maxCellLength);
      issues.push(...checked.issues);
      if (checked.skip) return;
      const where = (column: string) => ({ path: [], row: line, column });
      const periodText = cellOf(cells, "period");
      const period = periodText.length === 0 ? meta.period : parsePeriod(periodText);
      if (period === undefined) {
        issues.push({
          code: "csv/bad-period",
          severity: "error",
          message: `"${periodText}" is not a period; write a quarter (2010-11 Q2), a financial year (2010-11) or a plan year (Year 2 (2009-10)). The row was left out.`,
          ...where("Period"),
        });
        return;
      }
      const action = cellOf(cells, "action");
      if (action.length === 0) {
        issues.push({
          code: "csv/missing-action",
          severity: "error",
          message: "This row names no action; the row was left out.",
          ...where("Action"),
        });
        return;
      }
      const rowText = cellOf(cells, "row");
      const rowNumber = Number(rowText);
      if (rowText.length > 0 && !(Number.isInteger(rowNumber) && rowNumber >= 1)) {
        issues.push({
          code: "csv/bad-row-number",
          severity: "warning",
          message: `"${rowText}" is not a row number (1, 2, …); the progress is taken as the whole action's.`,
          ...where("Row"),
        });
      }
      const reportedText = cellOf(cells, "reportedOn");
      const reportedOn = CalendarDate.safeParse(reportedText);
      if (reportedText.length > 0 && !reportedOn.success) {
        issues.push({
          code: "csv/bad-date",
          severity: "warning",
          message: `"${reportedText}" is not a date as yyyy-MM-dd; the return's date was left out.`,
          ...where("Reported on"),
        });
      }
      const progressColumns = columns.map((column) =>
        column.kind === "return" ? ({ kind: "extra", label: "" } as const) : column,
      );
      const read = readCells(
        progressColumns,
        cells.map((cell, i) => (columns[i]?.kind === "return" ? "" : cell)),
        { framework: "nab-2008", line, document: false, councils: new Set() },
      );
      issues.push(...read.issues.map((issue) => ({ ...issue, actionNumber: action })));
      const plan = cellOf(cells, "plan") || meta.planId;
      const title = cellOf(cells, "title");
      const id = cellOf(cells, "id");
      const progress: Omit<ProgressReturn, "entries"> = {
        ...(id.length === 0 ? {} : { id }),
        ...(plan === undefined || plan.length === 0 ? {} : { planId: plan }),
        ...(title.length === 0 ? {} : { title }),
        authority: meta.authority,
        period,
        ...(reportedOn.success ? { reportedOn: reportedOn.data } : {}),
      };
      const key = JSON.stringify([
        progress.id,
        formatPeriod(period),
        progress.planId,
        progress.title,
        progress.reportedOn,
      ]);
      let group = groups.find((candidate) => candidate.key === key);
      if (group === undefined) {
        group = { key, progress, entries: [] };
        groups.push(group);
      }
      const row =
        rowText.length > 0 && Number.isInteger(rowNumber) && rowNumber >= 1 ? rowNumber - 1 : undefined;
      const entry = entryFrom({ ...read.progress, action, ...(row === undefined ? {} : { row }) });
      group.entries.push(read.row.extra === undefined ? entry : { ...entry, extra: read.row.extra });
    },
    finish(extra) {
      const returns = groups.map((group) => ({ ...group.progress, entries: group.entries }));
      // Entries are built from core's parsers; the return's own fields are checked by the schema.
      const checked = returns.map((progress, index) => {
        const shell = validateProgressReturn({ ...progress, entries: [] });
        const result = shell.ok
          ? { ok: true as const, value: progress, issues: checkProgressReturn(progress) }
          : shell;
        return { result, prefix: index };
      });
      const all = [
        ...extra,
        ...issues,
        ...checked.flatMap(({ result, prefix }) =>
          result.issues.map((issue) => ({ ...issue, path: [prefix, ...issue.path] })),
        ),
      ];
      if (all.some((issue) => issue.severity === "error")) return { ok: false, issues: all };
      return {
        ok: true,
        value: checked.flatMap(({ result }) => (result.ok ? [result.value] : [])),
        issues: all,
      };
    },
  };
}
