import {
  type ActionAssessment,
  type Column,
  cellContent,
  contentText,
  type Plan,
  type PlanTableRow,
  type ProgressReturn,
  planTable,
  type Theme,
} from "@cja-kit/core";
import { type FileChild, Paragraph, type Table, TableRow, TextRun } from "docx";
import { columnWidths, longestWord, wordWidth } from "./column-widths";
import { contentParagraphs } from "./content-paragraphs";
import { at, type Context } from "./context";
import { heading, themeHeading } from "./heading";
import { outcomeBox } from "./outcome-box";
import { BOLD_FIRST, cellWhere, type RowPlace } from "./plan-cell";
import { ragParagraphs } from "./rag-text";
import { STYLE } from "./styles";
import { cell, headerRow, table } from "./table";

/** How a plan's themes are set: page width, heading level of the top themes, RAG ratings. */
export type ThemeTablesLook = {
  width: number;
  level: number;
  assessmentOf?: (row: PlanTableRow) => ActionAssessment | undefined;
  ragReasons?: boolean;
};

/** What every table of one plan shares: context, look, and the paths of actions, entries and themes. */
export type Shared = {
  context: Context;
  look: ThemeTablesLook;
  entries: Map<object, number>;
  themePaths: Map<Theme, ReadonlyArray<string | number>>;
};

const columnsKey = (columns: readonly Column[]) =>
  columns.map((c) => `${c.field}:${c.key ?? ""}:${c.label}`).join("|");

function themePaths(
  themes: readonly Theme[],
  path: ReadonlyArray<string | number>,
  into: Map<Theme, ReadonlyArray<string | number>>,
) {
  themes.forEach((theme, i) => {
    const here = [...path, "themes", i];
    into.set(theme, here);
    themePaths(theme.themes ?? [], here, into);
  });
  return into;
}

/** A theme's full-width row: its heading, and its local outcomes under "Outcome"; none for neither. */
function themeRow(shared: Shared, theme: Theme, depth: number, total: number, span: number): TableRow[] {
  const { context, look } = shared;
  const where = { path: shared.themePaths.get(theme) ?? [] };
  const text = themeHeading(theme);
  const outcomes = theme.localOutcomes ?? [];
  const children = [
    ...(text.length === 0
      ? []
      : [heading(context, look.level + depth, text, at(where, "title"), { tight: true })]),
    ...(outcomes.length === 0
      ? []
      : [
          new Paragraph({ style: STYLE.cellHeader, children: [new TextRun("Outcome")] }),
          ...contentParagraphs(context, outcomes, at(where, "localOutcomes"), "cell"),
        ]),
  ];
  if (children.length === 0) return [];
  return [
    new TableRow({
      cantSplit: true,
      keepNext: true,
      children: [cell(children, total, { span, fill: context.options.colours.themeFill })],
    }),
  ];
}

function dataRow(
  shared: Shared,
  row: PlanTableRow,
  columns: readonly Column[],
  widths: readonly number[],
): TableRow {
  const { context, look } = shared;
  const place: RowPlace = {
    actionPath: row.path,
    ...(row.entry === undefined ? {} : { entryIndex: shared.entries.get(row.entry) ?? -1 }),
  };
  const assessment = look.assessmentOf?.(row);
  const shown = { ...row, columns: [...columns] };
  return new TableRow({
    children: columns.map((column, i) => {
      const where = cellWhere(column, row, place);
      const paragraphs = contentParagraphs(context, cellContent(column, shown), where, "cell", {
        boldFirst: row.rowIndex === 0 && BOLD_FIRST.has(column.field),
      });
      if (column.field !== "progress" || assessment === undefined) return cell(paragraphs, widths[i] ?? 0);
      const rag = ragParagraphs(context, assessment, row.entry === undefined, look.ragReasons === true);
      return cell([...paragraphs, ...rag], widths[i] ?? 0, {
        fill: context.options.colours.rag[assessment.rag],
      });
    }),
  });
}

function newThemes(
  row: PlanTableRow,
  previous: PlanTableRow | undefined,
): Array<{ theme: Theme; depth: number }> {
  return row.themes.flatMap((theme, depth) =>
    depth === 0 || previous?.themes[depth] === theme ? [] : [{ theme, depth }],
  );
}

type Group = { columns: readonly Column[]; rows: PlanTableRow[] };

function groups(context: Context, rows: readonly PlanTableRow[]): Group[] {
  const out: Array<Group & { key: string }> = [];
  for (const row of rows) {
    const columns = context.options.columns(row.columns);
    const key = columnsKey(columns);
    const last = out[out.length - 1];
    if (last?.key === key) last.rows.push(row);
    else out.push({ key, columns, rows: [row] });
  }
  return out;
}

/** Each column's least width: its label's longest word in bold, its cells' longest word. */
function minima(context: Context, group: Group): number[] {
  const size = context.options.tableSize;
  const shown = group.rows.map((row) => ({ ...row, columns: [...group.columns] }));
  return group.columns.map((column) => {
    const cells = shown.map((row) => contentText(cellContent(column, row)));
    return Math.max(
      wordWidth(longestWord([column.label], 16, /\s+/), size, true),
      wordWidth(longestWord(cells), size),
    );
  });
}

function groupTable(shared: Shared, group: Group): Table {
  const { context, look } = shared;
  const widths = columnWidths(group.columns, look.width, minima(context, group));
  const rows = [
    headerRow(
      context,
      group.columns.map((c) => c.label),
      widths,
      { path: ["columns"] },
    ),
  ];
  let previous: PlanTableRow | undefined;
  for (const row of group.rows) {
    for (const { theme, depth } of newThemes(row, previous))
      rows.push(...themeRow(shared, theme, depth, look.width, group.columns.length));
    rows.push(dataRow(shared, row, group.columns, widths));
    previous = row;
  }
  return table(rows, widths);
}

/** Tables for rows of a plan: a new table (and header row) wherever the columns change. */
export function tablesFor(shared: Shared, rows: readonly PlanTableRow[]): FileChild[] {
  return groups(shared.context, rows).flatMap((group) => [groupTable(shared, group), spacer()]);
}

const spacer = () => new Paragraph({ style: STYLE.small, children: [] });

/** The shared state of a plan's tables. */
export function createShared(
  context: Context,
  plan: Plan,
  progress: ProgressReturn | undefined,
  look: ThemeTablesLook,
): Shared {
  return {
    context,
    look,
    entries: new Map((progress?.entries ?? []).map((entry, i) => [entry, i])),
    themePaths: themePaths(plan.themes, [], new Map()),
  };
}

/**
 * A plan's themes as tables: each top theme a heading (with its outcome box), then its rows in
 * tables whose header row repeats on every page, sub-themes as full-width rows, a new table
 * where the column labels change.
 */
export function themeTables(
  context: Context,
  plan: Plan,
  progress: ProgressReturn | undefined,
  look: ThemeTablesLook,
): FileChild[] {
  const shared = createShared(context, plan, progress, look);
  // One table for the whole plan (progress indexed once, each row's path from the plan's root),
  // its rows then given to their top themes.
  const byTop = new Map<unknown, PlanTableRow[]>();
  for (const row of planTable(plan, progress)) {
    const rows = byTop.get(row.path[1]);
    if (rows === undefined) byTop.set(row.path[1], [row]);
    else rows.push(row);
  }
  return plan.themes.flatMap((theme, i) => {
    const text = themeHeading(theme);
    const where = { path: ["themes", i] };
    return [
      ...(text.length === 0 ? [] : [heading(context, look.level, text, at(where, "title"))]),
      ...(theme.localOutcomes === undefined
        ? []
        : outcomeBox(context, theme.localOutcomes, at(where, "localOutcomes"), look.width)),
      ...tablesFor(shared, byTop.get(i) ?? []),
    ];
  });
}
