import type { TableRowInput } from "../plan/actions-from-rows";
import type { Column } from "../plan/column";
import { headingKey } from "../plan/match-field";
import { normaliseActionNumber } from "../plan/normalise-action-number";
import { contentCells } from "./_internal/cell-notation";
import { filled, type Tally } from "./_internal/tally";
import { isTotalsRow, totalsRowIssue } from "./_internal/totals-row";
import { isValueLike } from "./_internal/value-like";
import { parseColumnLabels } from "./column-labels";
import type { HeadingMap, MappedColumn, ThemePart } from "./column-role";
import { aliasRole, layoutRole } from "./heading-role";
import { fillMerged } from "./merged-cells";
import type { PlanState } from "./plan-state";
import { type RowValues, readRowCells } from "./read-row-cells";
import { rowProgress } from "./row-progress";
import { firstOnly, headingWording, type RowShape, shapeRow } from "./shape-row";
import type { SourceRecord } from "./source-record";
import { isProgressRole } from "./table-kinds";
import { headingLevel, themeFromCells, themeFromHeading, unreadableLabel } from "./theme-from-text";
import { currentTheme, followThemes, keyAt, openTheme, type ThemeDraft } from "./theme-stack";

// Every row is checked against the column headings: each heading's key is made once.
const LABEL_KEYS = /* @__PURE__ */ new WeakMap<MappedColumn, string>();

function labelKey(column: MappedColumn): string {
  const known = LABEL_KEYS.get(column);
  if (known !== undefined) return known;
  const key = headingKey(column.label);
  LABEL_KEYS.set(column, key);
  return key;
}

/** Whether wording is a label an officer writes: a field's alias, a seed layout's label or the plan's own. */
function officerLabel(state: PlanState, heading: string): boolean {
  const key = headingKey(heading);
  return (
    aliasRole(heading) !== undefined ||
    layoutRole(heading) !== undefined ||
    (state.options.plan.columns ?? []).some((column) => headingKey(column.label) === key)
  );
}

/**
 * Whether a cell is its column's heading again, or a heading of the plan's fields (a table's own
 * label). A value a column holds ("COMPLETE", "July 2008", "40%") is not a label unless an officer
 * writes it as one ("Revised timescale"): a row of statuses is data, never guessed to be labels.
 */
function sameColumn(state: PlanState, map: HeadingMap, heading: string, index: number): boolean {
  const column = map.columns[index];
  if (column === undefined) return false;
  if (headingKey(heading) === labelKey(column)) return true;
  if (column.role.kind !== "field" || state.matcher(heading)?.role.kind !== "field") return false;
  return !isValueLike(heading) || officerLabel(state, heading);
}

/** A table's own labels under a heading row: the current theme's columns, named by an issue so that it is never silent. */
function ownLabels(state: PlanState, map: HeadingMap, labels: readonly string[], row: number): void {
  const columns = map.columns.flatMap((column): Column[] => {
    const label = labels[column.index]?.trim() ?? "";
    return column.role.kind === "field" && label.length > 0 ? [{ ...column.role.column, label }] : [];
  });
  const theme = currentTheme(state.stack).theme;
  theme.columns = columns;
  const text = labels.filter(filled).join(" | ");
  state.issues.push({
    code: "table/theme-column-labels",
    severity: "info",
    message: `Row ${row} is read as the column labels of ${theme.title === undefined ? "the plan's first theme" : `the theme "${theme.title.slice(0, 60)}"`} ("${text.slice(0, 80)}"), not as an action; the rows under it are read by the heading row's columns.`,
    path: [],
    row,
    actual: text.slice(0, 80),
  });
}

function openHeading(state: PlanState, shape: RowShape & { kind: "heading" }, map: HeadingMap): void {
  const where = { row: shape.row, column: map.columns[0]?.key ?? "" };
  const { value: theme, issues } = themeFromHeading(shape.text, state.framework, where);
  const top = state.stack.open.at(-1);
  const untitled =
    top === undefined ? undefined : { depth: top.depth, untitled: top.draft.theme.title === undefined };
  const depth = headingLevel(theme, shape.text, state.labelKinds, untitled);
  state.issues.push(...issues);
  openTheme(state.stack, { theme, rows: [], children: [], row: shape.row }, depth, `heading:${shape.row}`);
  state.headings.push({
    row: shape.row,
    rule: shape.rule,
    text: (shape.text.split(/\r\n|\r|\n/)[0] ?? "").slice(0, 120),
  });
  state.itemAbove = false;
  state.lastStart = undefined;
}

/** A level's theme cells as one key: each part and its text, the text's length first so that no two differ only in where one ends. */
function cellsKey(cells: ReadonlyMap<ThemePart, string> | undefined): string {
  let key = "";
  for (const [part, text] of cells ?? []) key += `${part}:${text.length}:${text};`;
  return key;
}

/** Whether a level's cells are the parts and texts, in order, that `flat` lists (`part, text, …`); none are as none. */
function sameCells(flat: readonly string[], cells: ReadonlyMap<ThemePart, string> | undefined): boolean {
  let at = 0;
  for (const [part, text] of cells ?? []) {
    if (flat[at] !== part || flat[at + 1] !== text) return false;
    at += 2;
  }
  return at === flat.length;
}

/** A level's key, the one made for the row above when its cells are the same (no long key made and compared again for every row). */
function levelKey(
  state: PlanState,
  level: number,
  cells: ReadonlyMap<ThemePart, string> | undefined,
): string {
  const last = state.themeKeys.get(level);
  if (last !== undefined && sameCells(last.cells, cells)) return last.key;
  const key = cellsKey(cells);
  state.themeKeys.set(level, { cells: [...(cells ?? [])].flat(), key });
  return key;
}

function blankLevel(cells: ReadonlyMap<ThemePart, string> | undefined): boolean {
  for (const text of cells?.values() ?? []) if (filled(text)) return false;
  return true;
}

/** The theme keys a row's theme cells give, one per level; a blank theme column cell means the theme above. */
function themeKeys(state: PlanState, values: RowValues, map: HeadingMap): Array<string | undefined> {
  let levels = 0;
  let deepest = 0;
  for (const [level, cells] of values.themes) {
    levels = Math.max(levels, level);
    if (!blankLevel(cells)) deepest = Math.max(deepest, level);
  }
  const fill = map.layout === "themed";
  const keys: Array<string | undefined> = [];
  for (let level = 1; level <= (fill ? levels : deepest); level++) {
    const cells = values.themes.get(level);
    keys.push(fill && blankLevel(cells) ? keyAt(state.stack, level) : levelKey(state, level, cells));
  }
  return keys;
}

function makeTheme(
  state: PlanState,
  values: RowValues,
  map: HeadingMap,
  row: number,
  level: number,
): ThemeDraft {
  const cells = values.themes.get(level) ?? new Map<ThemePart, string>();
  const column =
    map.columns.find((c) => c.role.kind === "theme" && c.role.level === level)?.key ?? `Theme ${level}`;
  const heading = cells.get("heading");
  const parts = themeFromCells(cells, state.framework, { row, column });
  const read =
    heading === undefined ? undefined : themeFromHeading(heading, state.framework, { row, column });
  state.issues.push(...(read?.issues ?? []), ...parts.issues);
  // A theme column's heading, with any part a column of its own gives over it.
  return { theme: { ...read?.value, ...parts.value }, rows: [], children: [], row };
}

function followRowThemes(state: PlanState, values: RowValues, map: HeadingMap, row: number): boolean {
  if (map.layout !== "canonical" && map.layout !== "themed") return false;
  const keys = themeKeys(state, values, map);
  if (map.layout === "canonical" && keys.length === 0) {
    state.stack.open.length = 0;
    return false;
  }
  return followThemes(state.stack, keys, (level) => makeTheme(state, values, map, row, level));
}

function planColumnsCell(
  state: PlanState,
  text: string,
  column: MappedColumn,
  row: number,
  tally: Tally,
): void {
  const { columns, unreadable } = parseColumnLabels(text);
  const where = { row, column: column.key };
  state.issues.push(...unreadable.map((line) => unreadableLabel(line, where)));
  if (state.planColumns === undefined) {
    state.planColumns = { columns, row };
    tally.placed += 1;
    return;
  }
  if (JSON.stringify(state.planColumns.columns) === JSON.stringify(columns)) {
    tally.placed += 1;
    return;
  }
  tally.reported += 1;
  state.issues.push({
    code: "table/second-column-labels",
    severity: "warning",
    message: `The plan's column labels were given on row ${state.planColumns.row}; these differ and were left out.`,
    path: [],
    actual: text.slice(0, 80),
    ...where,
  });
}

/** Counts a row's cells: read cells placed (theme, action, row); progress and plan-label cells counted where read. */
function countRow(
  cells: readonly string[],
  map: HeadingMap,
  copied: ReadonlySet<number>,
  tally: Tally,
): void {
  cells.forEach((cell, index) => {
    const role = map.columns[index]?.role;
    if (!filled(cell) || copied.has(index) || role === undefined || role.kind === "plan-columns") return;
    if (isProgressRole(role)) return;
    tally.placed += 1;
  });
}

function readProgress(state: PlanState, values: RowValues, map: HeadingMap, row: number, tally: Tally) {
  const extra = values.progressExtra;
  if (values.progress.size === 0 && extra === undefined) return undefined;
  const read = rowProgress(values.progress, {
    row,
    councils: state.councils,
    perCouncilLines: map.layout !== "canonical",
  });
  tally.reported += read.reported;
  tally.placed += values.progress.size - read.reported + Object.keys(extra ?? {}).length;
  state.issues.push(...read.issues);
  return extra === undefined ? read.value : { ...read.value, extra };
}

function numberNote(state: PlanState, values: RowValues, row: number): void {
  if (values.numberIn !== undefined) {
    const stats = state.prose.get(values.numberIn) ?? { prose: 0, numbers: 0 };
    stats.numbers += 1;
    state.prose.set(values.numberIn, stats);
  }
  const key = values.proseIn;
  if (key === undefined) return;
  const stats = state.prose.get(key) ?? { prose: 0, numbers: 0 };
  if (stats.prose === 0)
    state.issues.push({
      code: "table/prose-in-number-column",
      severity: "warning",
      message: `"${key}" holds wording, not a number, from row ${row}: such cells are read as the action's wording and the actions numbered by position. Map the column with the headings option (e.g. { "${key}": "title" }) if it never holds numbers.`,
      path: [],
      row,
      column: key,
    });
  stats.prose += 1;
  state.prose.set(key, stats);
}

const isEmpty = (values: RowValues, progress: object | undefined) =>
  values.number.length === 0 &&
  Object.keys(values.action).length === 0 &&
  Object.keys(values.row).length === 0 &&
  progress === undefined;

function addRow(state: PlanState, values: RowValues, progress: TableRowInput["progress"], row: number): void {
  const number = values.number;
  for (const issue of values.issues)
    state.issues.push(number.length > 0 ? { ...issue, actionNumber: number } : issue);
  if (number.length > 0 && !/cont/i.test(number)) {
    const key = normaliseActionNumber(number);
    if (!state.firstRow.has(key)) state.firstRow.set(key, row);
    state.explicit.add(key);
  }
  const input: TableRowInput = { number, action: values.action, row: values.row, line: row };
  currentTheme(state.stack).rows.push(
    progress === undefined || !state.progressOn ? input : { ...input, progress },
  );
  state.itemAbove = true;
}

function item(state: PlanState, raw: SourceRecord, map: HeadingMap, tally: Tally): void {
  const { record, copied } = fillMerged(state, contentCells(raw, map.columns), map);
  const values = readRowCells(record.cells, map.columns, { row: record.row, framework: state.framework });
  countRow(record.cells, map, copied, tally);
  raw.cells.forEach((cell, i) => {
    if (filled(cell)) state.used.add(map.columns[i]?.key ?? "");
  });
  const opened = followRowThemes(state, values, map, record.row);
  const labels = map.columns.find((c) => c.role.kind === "plan-columns");
  if (labels !== undefined && filled(values.planColumns))
    planColumnsCell(state, values.planColumns, labels, record.row, tally);
  const progress = readProgress(state, values, map, record.row, tally);
  numberNote(state, values, record.row);
  const canonical = map.layout === "canonical";
  if (isEmpty(values, progress) && (!canonical || opened || currentTheme(state.stack).rows.length === 0))
    return;
  addRow(state, values, progress, record.row);
}

/** A short line in capitals, as the seeds' and partnerships' group headings are ("ECONOMY AND SKILLS"). */
const CAPITALS = /^(?=.*[A-Z].*[A-Z])[^a-z\n]{2,80}$/;

/**
 * A first cell alone worded as a heading ("Priority 1.3: Improve …", "ECONOMY AND SKILLS") in a table whose first column
 * is not the actions' number, wording or measure: read as a row like any other (it may be one),
 * but never without a word, as an officer's group rows read this way join the action above.
 */
function headingLikeRow(state: PlanState, record: SourceRecord, map: HeadingMap): void {
  const text = (record.cells[0] ?? "").trim();
  if (headingWording(text) === false && !(text.length <= 80 && CAPITALS.test(text))) return;
  const key = map.columns[0]?.key ?? "Column 1";
  state.issues.push({
    code: "table/heading-like-row",
    severity: "warning",
    message: `Row ${record.row} holds only "${text.slice(0, 60)}" in "${key}", worded like a heading; it was read as a row of the table, not a theme heading, as "${key}" does not hold the actions' numbers, wording or measures. If it heads the rows under it, map "${key}" to the actions' wording or measure with the headings option (e.g. { "${key}": "measure" }).`,
    path: [],
    row: record.row,
    column: key,
    actual: text.slice(0, 80),
  });
}

/** One row of a plan table, shaped with the row after it in view. */
export function planRow(
  state: PlanState,
  record: SourceRecord,
  next: SourceRecord | undefined,
  map: HeadingMap,
  tally: Tally,
): void {
  if (isTotalsRow(record.cells)) {
    const at = record.cells.findIndex(filled);
    tally.reported += record.cells.filter(filled).length;
    state.issues.push(totalsRowIssue(record.row, record.cells, map.columns[at]?.key));
    return;
  }
  const shape = shapeRow(record, map, {
    next,
    itemAbove: state.itemAbove,
    sameColumn: (heading, index) => sameColumn(state, map, heading, index),
  });
  if (shape.kind === "item") {
    if (map.layout === "flat" && firstOnly(record)) headingLikeRow(state, record, map);
    item(state, record, map, tally);
    return;
  }
  tally.placed += record.cells.filter(filled).length;
  if (shape.kind === "heading") {
    openHeading(state, shape, map);
    return;
  }
  if (shape.labels !== undefined) ownLabels(state, map, shape.labels, shape.row);
}
