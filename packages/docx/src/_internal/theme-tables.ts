import {
  type ActionAssessment,
  type Column,
  type Content,
  type Plan,
  type PlanTableRow,
  type ProgressReturn,
  planTable,
  type Theme,
} from "@cja-kit/core";
import { type FileChild, Paragraph, type Table, type TableRow } from "docx";
import { contentWidths } from "./column-widths";
import { at, type Context, type Where } from "./context";
import { heading, themeHeading } from "./heading";
import { outcomeBox, outcomeRow } from "./outcome-box";
import { dataRow, type RowsLook, rowMeasures, subHeaderRow, themeRow } from "./plan-table-rows";
import { rowRoom } from "./row-room";
import { STYLE } from "./styles";
import { headerRow, table } from "./table";

/** How a plan's themes are set: page width and height, heading level of the top themes, ratings. */
export type ThemeTablesLook = {
  width: number;
  /** The height of the page between its margins, in twips. */
  height: number;
  level: number;
  assessmentOf?: (row: PlanTableRow) => ActionAssessment | undefined;
  ragReasons?: boolean;
};

/**
 * What every table of one plan shares: the look, how its rows are set, and the column widths of
 * each set of fields, worked out once from every row of the plan that shows them.
 */
export type Shared = {
  context: Context;
  look: ThemeTablesLook;
  rows: RowsLook;
  widthsOf: (columns: readonly Column[]) => number[];
};

/** The columns of a table: the fields they show, whatever their labels say. */
const fieldsKey = (columns: readonly Column[]) => columns.map((c) => `${c.field}:${c.key ?? ""}`).join("|");
const labelsKey = (columns: readonly Column[]) => columns.map((c) => c.label).join("\u0000");

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

function newThemes(
  row: PlanTableRow,
  previous: PlanTableRow | undefined,
): Array<{ theme: Theme; depth: number }> {
  return row.themes.flatMap((theme, depth) =>
    depth === 0 || previous?.themes[depth] === theme ? [] : [{ theme, depth }],
  );
}

/** Rows in runs of the same columns, each row with the labels it is shown under. */
type Group = { rows: Array<{ row: PlanTableRow; columns: readonly Column[] }> };

function groups(context: Context, rows: readonly PlanTableRow[]): Group[] {
  const out: Array<Group & { key: string }> = [];
  for (const row of rows) {
    const columns = context.options.columns(row.columns);
    const key = fieldsKey(columns);
    const last = out[out.length - 1];
    if (last?.key === key) last.rows.push({ row, columns });
    else out.push({ key, rows: [{ row, columns }] });
  }
  return out;
}

/** The labels of a group wherever they change: the header's, then each sub-header's. */
const labelSets = (group: Group): Array<readonly Column[]> =>
  group.rows.flatMap(({ columns }, i) =>
    i > 0 && labelsKey(columns) === labelsKey(group.rows[i - 1]?.columns ?? []) ? [] : [columns],
  );

/**
 * Column widths from every row of the plan that shows these fields, and their header labels
 * (bold, wherever the wording changes), with the "Outcome" label a theme's local outcomes put
 * over the first column: every table of the same fields lines up with the others, down the
 * whole document.
 */
function fieldWidths(context: Context, look: ThemeTablesLook, rows: RowsLook, group: Group): number[] {
  const labels = labelSets(group).map((columns) =>
    columns.map((c) => [{ text: c.label, indent: 0, bold: true }]),
  );
  labels.push(
    group.rows[0]?.columns.map((_, i) => (i === 0 ? [{ text: "Outcome", indent: 0, bold: true }] : [])) ?? [],
  );
  const cells = group.rows.map(({ row, columns }) => rowMeasures(rows, row, columns));
  return contentWidths([...labels, ...cells], look.width, context.options.tableSize, rows.rowRoom);
}

/** Local outcomes to head a theme's first table with, and where they are in the plan. */
export type Lead = { outcomes: Content; where: Where };

function groupTable(shared: Shared, group: Group, lead?: Lead): Table {
  const { context, look } = shared;
  const widths = shared.widthsOf(group.rows[0]?.columns ?? []);
  const first = group.rows[0]?.columns ?? [];
  const rows: TableRow[] = [
    ...(lead === undefined ? [] : [outcomeRow(context, lead.outcomes, lead.where, widths)]),
    headerRow(
      context,
      first.map((c) => c.label),
      widths,
      { path: ["columns"] },
    ),
  ];
  let previous: (typeof group.rows)[number] | undefined;
  for (const item of group.rows) {
    for (const { theme, depth } of newThemes(item.row, previous?.row))
      rows.push(...themeRow(shared.rows, theme, look.level + depth, look.width, item.columns.length));
    if (previous !== undefined && labelsKey(previous.columns) !== labelsKey(item.columns))
      rows.push(
        subHeaderRow(
          context,
          item.columns.map((c) => c.label),
          widths,
        ),
      );
    rows.push(dataRow(shared.rows, item.row, item.columns, widths));
    previous = item;
  }
  return table(rows, widths);
}

const spacer = () => new Paragraph({ style: STYLE.small, children: [] });

/**
 * Tables for rows of a plan: one table while the columns show the same fields, with a
 * sub-header row where their wording changes, and a new table only where the fields change; the
 * theme's local outcomes, if any, head the first (else they stand in a box of their own).
 */
export function tablesFor(shared: Shared, rows: readonly PlanTableRow[], lead?: Lead): FileChild[] {
  const tables = groups(shared.context, rows).flatMap((group, i) => [
    groupTable(shared, group, i === 0 ? lead : undefined),
    spacer(),
  ]);
  if (tables.length > 0 || lead === undefined) return tables;
  return outcomeBox(shared.context, lead.outcomes, lead.where, shared.look.width);
}

/** Every row of the plan by the fields its columns show, for the widths of each set. */
function rowsByFields(
  context: Context,
  plan: Plan,
  progress: ProgressReturn | undefined,
): Map<string, Group> {
  const byKey = new Map<string, Group>();
  for (const group of groups(context, planTable(plan, progress))) {
    const key = fieldsKey(group.rows[0]?.columns ?? []);
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, { rows: [...group.rows] });
    else known.rows.push(...group.rows);
  }
  return byKey;
}

/** The shared state of a plan's tables. */
export function createShared(
  context: Context,
  plan: Plan,
  progress: ProgressReturn | undefined,
  look: ThemeTablesLook,
): Shared {
  const rows: RowsLook = {
    context,
    rowRoom: rowRoom(look.height),
    ...(look.assessmentOf === undefined ? {} : { assessmentOf: look.assessmentOf }),
    ...(look.ragReasons === undefined ? {} : { ragReasons: look.ragReasons }),
    entries: new Map((progress?.entries ?? []).map((entry, i) => [entry, i])),
    themePaths: themePaths(plan.themes, [], new Map()),
  };
  const byFields = rowsByFields(context, plan, progress);
  const widths = new Map<string, number[]>();
  const widthsOf = (columns: readonly Column[]): number[] => {
    const key = fieldsKey(columns);
    const known = widths.get(key);
    if (known !== undefined) return known;
    const made = fieldWidths(context, look, rows, byFields.get(key) ?? { rows: [] });
    widths.set(key, made);
    return made;
  };
  return { context, look, rows, widthsOf };
}

/**
 * A plan's themes as tables: each top theme a heading (with its outcome box), then its rows in
 * one table whose header row repeats on every page, sub-themes as full-width rows, a sub-header
 * row where the column wording changes.
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
    const lead =
      theme.localOutcomes === undefined
        ? undefined
        : { outcomes: theme.localOutcomes, where: at(where, "localOutcomes") };
    return [
      ...(text.length === 0 ? [] : [heading(context, look.level, text, at(where, "title"))]),
      ...tablesFor(shared, byTop.get(i) ?? [], lead),
    ];
  });
}
