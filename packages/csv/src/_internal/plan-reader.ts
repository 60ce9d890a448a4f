import {
  actionsFromRows,
  type Column,
  checkPlan,
  checkProgressReturn,
  type Issue,
  normaliseActionNumber,
  type PlacedProgress,
  type Plan,
  type ProgressReturn,
  parseContent,
  parseOutcomeRefs,
  planRules,
  resourcesAddUp,
  type TableRowInput,
  timescalesReadable,
  validatePlan,
  validateProgressReturn,
} from "@cja-kit/core";
import type { PlanCsv, ReadPlanCsvOptions } from "../csv-options";
import { checkCells, limits, tooManyColumns } from "./cell-checks";
import { type CsvColumn, resolveHeader } from "./csv-columns";
import { entryFrom } from "./entry-from";
import { restoreFormula } from "./formula";
import { type ReadRow, readCells } from "./read-cells";
import type { RecordReader } from "./read-records";
import { headingDepth, refsInHeading, splitHeading } from "./theme-text";
import { cellsKey, finishThemes, isBlank, type ThemeDraft, themeFromCells } from "./theme-tree";

/** Reads a plan CSV record by record: the header first, then each data row. */
export type PlanReader = RecordReader<PlanCsv>;

type Level = { key: string; draft: ThemeDraft; depth: number };

function isEmpty(read: ReadRow): boolean {
  return (
    read.number.length === 0 &&
    Object.keys(read.action).length === 0 &&
    Object.keys(read.row).length === 0 &&
    Object.keys(read.progress).length === 0
  );
}

/** A reader that builds a plan (and its progress) from the records of a plan CSV. */
export function createPlanReader(options: ReadPlanCsvOptions): PlanReader {
  const framework = options.framework ?? options.plan.outcomeFramework ?? "nab-2008";
  const restore = options.restoreFormulas ?? true;
  const councils = new Set(
    (options.progress?.authority ?? options.plan.authority).councils
      .flatMap((c) => [c.name, c.abbreviation ?? ""])
      .filter((n) => n.length > 0)
      .map((n) => n.toLowerCase()),
  );
  const issues: Issue[] = [];
  const roots: ThemeDraft[] = [];
  const stack: Level[] = [];
  const firstLine = new Map<string, number>();
  let columns: CsvColumn[] = [];
  let labels: string[] = [];
  let unreadable = false;
  let rows = 0;
  let headerLine = 1;
  const { maxColumns, maxCellLength } = limits(options);
  let document = true;
  let hasProgress = false;
  let fallback: ThemeDraft | undefined;

  const open = (draft: ThemeDraft, depth: number, key: string) => {
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= depth) stack.pop();
    (stack.at(-1)?.draft.children ?? roots).push(draft);
    stack.push({ key, draft, depth });
  };
  const current = (): ThemeDraft => {
    const top = stack.at(-1)?.draft;
    if (top !== undefined) return top;
    fallback ??= { theme: {}, rows: [], children: [] };
    if (!roots.includes(fallback)) roots.push(fallback);
    return fallback;
  };

  /** Moves to the row's themes, opening any that are new; whether any were. */
  const followPath = (read: ReadRow, line: number): boolean => {
    const levels = [...read.themeCells.keys()].sort((a, b) => a - b);
    const deepest = Math.max(0, ...levels.filter((level) => !isBlank(read.themeCells.get(level))));
    let shared = 0;
    while (
      shared < deepest &&
      shared < stack.length &&
      stack[shared]?.key === cellsKey(read.themeCells.get(shared + 1))
    )
      shared += 1;
    stack.length = shared;
    if (deepest === 0) stack.length = 0;
    for (let level = shared + 1; level <= deepest; level++) {
      const cells = read.themeCells.get(level) ?? new Map<string, string>();
      const { theme, issues: found } = themeFromCells(cells, framework, {
        row: line,
        column: `Theme ${level}`,
      });
      issues.push(...found);
      open({ theme, rows: [], children: [] }, level, cellsKey(cells));
    }
    return shared < deepest;
  };

  const heading = (text: string, line: number) => {
    const [first = "", ...rest] = text.replace(/\r\n?/g, "\n").split("\n");
    const outcomeBox = /^outcome:?$/i.test(first.trim());
    const outcomes = outcomeBox ? [first, ...rest] : rest;
    const theme: ThemeDraft["theme"] = {};
    if (!outcomeBox) Object.assign(theme, splitHeading(first));
    const refs = theme.title === undefined ? undefined : refsInHeading(theme.title);
    if (refs !== undefined) {
      const parsed = parseOutcomeRefs(refs, { framework });
      theme.outcomeRefs = parsed.value;
      issues.push(
        ...parsed.issues.map((issue) => ({ ...issue, row: line, column: columns[0]?.label ?? "" })),
      );
    }
    const local = parseContent(
      outcomes
        .slice(outcomes.length > 0 && /^outcome:?$/i.test(outcomes[0]?.trim() ?? "") ? 1 : 0)
        .join("\n"),
    );
    if (local.length > 0) theme.localOutcomes = local;
    const top = stack.at(-1);
    const depth =
      theme.number !== undefined
        ? headingDepth(theme.number)
        : theme.title === undefined
          ? top !== undefined && top.draft.theme.title === undefined
            ? top.depth
            : (top?.depth ?? 0) + 1
          : 1;
    open({ theme, rows: [], children: [] }, depth, `heading:${line}`);
  };

  return {
    header(cells, line) {
      headerLine = line;
      const wide = tooManyColumns(cells.length, maxColumns, line);
      if (wide !== undefined) {
        issues.push(wide);
        unreadable = true;
        return;
      }
      const resolved = resolveHeader(cells, options.plan.columns ?? []);
      columns = resolved.columns;
      labels = columns.map((column) => column.label);
      issues.push(...resolved.issues.map((issue) => ({ ...issue, row: line })));
      document = !columns.some((column) => column.kind === "theme");
      hasProgress = columns.some(
        (c) =>
          c.kind === "progress" ||
          (c.kind === "field" && (c.column.field === "progress" || c.column.field === "nextSteps")),
      );
      if (hasProgress && options.progress === undefined) {
        issues.push({
          code: "csv/progress-without-return",
          severity: "warning",
          message:
            "The file has progress columns but no return was given to put them in (options.progress); they were not read.",
          path: [],
          row: line,
        });
      }
    },
    row(raw, line) {
      const cells = restore ? raw.map(restoreFormula) : raw;
      if (unreadable || cells.every((cell) => cell.length === 0)) return;
      rows += 1;
      const checked = checkCells(cells, labels, line, maxCellLength);
      issues.push(...checked.issues);
      if (checked.skip) return;
      if (cells.length !== columns.length) {
        issues.push({
          code: "csv/ragged-row",
          severity: "warning",
          message: `This row has ${cells.length} cell${cells.length === 1 ? "" : "s"} but the header has ${columns.length}; missing cells are read as empty and extra cells are kept as extra columns.`,
          path: [],
          row: line,
        });
      }
      if (
        document &&
        cells[0] !== undefined &&
        cells[0].trim().length > 0 &&
        cells.slice(1).every((cell) => cell.length === 0) &&
        !/cont\.?\s*\/?\s*$/i.test(cells[0])
      ) {
        const { number, title } = splitHeading(cells[0].split(/\r?\n/)[0] ?? "");
        if (number === undefined || (title !== undefined && headingDepth(number) <= 2))
          return heading(cells[0], line);
      }
      const read = readCells(columns, cells, { framework, line, document, councils });
      issues.push(
        ...read.issues.map((issue) =>
          read.number.length > 0 ? { ...issue, actionNumber: read.number } : issue,
        ),
      );
      const opened = document ? false : followPath(read, line);
      // An empty row under themes already open is a further, empty row of the action above;
      // under a theme just opened it only carries that theme (one with no rows of its own).
      if (isEmpty(read) && (document || opened || current().rows.length === 0)) return;
      if (read.number.length > 0 && !firstLine.has(normaliseActionNumber(read.number)))
        firstLine.set(normaliseActionNumber(read.number), line);
      const row: TableRowInput = {
        number: read.number,
        action: read.action,
        row: read.row,
        line,
        ...(hasProgress && options.progress !== undefined ? { progress: read.progress } : {}),
      };
      current().rows.push(row);
    },
    finish(extra) {
      if (rows === 0 && !unreadable) {
        issues.push({
          code: "csv/no-rows",
          severity: "warning",
          message: "The file has a header but no rows: the plan has no actions.",
          path: [],
          row: headerLine,
        });
      }
      const placed: PlacedProgress[] = [];
      const themes = finishThemes(roots, (rows) => {
        const built = actionsFromRows(rows);
        issues.push(...built.issues);
        placed.push(...built.value.progress);
        return built.value.actions;
      });
      const { columns: own, ...meta } = options.plan;
      const derived: Column[] = columns.flatMap((column) => (column.kind === "field" ? [column.column] : []));
      const plan: Plan = { ...meta, columns: own ?? derived, themes };
      // The table is built from core's parsers, so only the parts given as options need the schema.
      const shell = validatePlan({ ...plan, themes: [] });
      if (!shell.ok) return { ok: false, issues: [...extra, ...issues, ...shell.issues] };
      const rules = planRules.filter((rule) => rule !== timescalesReadable && rule !== resourcesAddUp);
      const locate = (issue: Issue): Issue => {
        const row =
          issue.actionNumber === undefined
            ? undefined
            : firstLine.get(normaliseActionNumber(issue.actionNumber));
        return row === undefined || issue.row !== undefined ? issue : { ...issue, row };
      };
      const all = [...extra, ...issues, ...checkPlan(plan, { rules }).map(locate)];
      const failed = (list: Issue[]) => list.some((issue) => issue.severity === "error");
      if (options.progress === undefined || !hasProgress)
        return failed(all) ? { ok: false, issues: all } : { ok: true, value: { plan }, issues: all };
      const progress: ProgressReturn = { ...options.progress, entries: placed.map(entryFrom) };
      const progressShell = validateProgressReturn({ ...progress, entries: [] });
      const everything = [
        ...all,
        ...(progressShell.ok ? checkProgressReturn(progress, { plan }) : progressShell.issues)
          .map(locate)
          .map((issue) => ({ ...issue, path: ["progress", ...issue.path] })),
      ];
      return failed(everything)
        ? { ok: false, issues: everything }
        : { ok: true, value: { plan, progress }, issues: everything };
    },
  };
}
