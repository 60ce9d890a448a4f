import { checkedFrom } from "../_internal/checked";
import type { Checked, Issue } from "../issue/issue";
import { actionsFromRows, type PlacedProgress } from "../plan/actions-from-rows";
import type { Column } from "../plan/column";
import { normaliseActionNumber } from "../plan/normalise-action-number";
import type { Plan } from "../plan/plan";
import type { ProgressReturn } from "../progress/progress-return";
import { checkPlan } from "../validate/check-plan";
import { planRules, resourcesAddUp, timescalesReadable } from "../validate/plan-rules";
import { validatePlan } from "../validate/validate-plan";
import { checkProgressReturn, validateProgressReturn } from "../validate/validate-progress-return";
import type { HeadingMap, MappedColumn } from "./column-role";
import { entryFrom } from "./entry-from";
import { rowRanges } from "./format-mapping-report";
import type { PlanImport } from "./import-options";
import type { MappingReport } from "./mapping-report";
import { filledIssues } from "./merged-cells";
import type { PlanState } from "./plan-state";
import { isProgressRole } from "./table-kinds";
import { finishThemes } from "./theme-stack";

/** The plan's themes with their actions, numbering unnumbered actions by position across the plan. */
function buildThemes(state: PlanState) {
  const taken = new Set(state.explicit);
  const placed: PlacedProgress[] = [];
  const numbered: Array<MappingReport["rows"]["numbered"][number]> = [];
  const issues: Issue[] = [];
  let position = 1;
  const themes = finishThemes(state.stack.roots, (draft) => {
    const built = actionsFromRows(draft.rows, { firstPosition: position, taken });
    position += built.value.actions.length;
    for (const { row, number } of built.value.assigned) {
      taken.add(normaliseActionNumber(number));
      if (row !== undefined) numbered.push({ row, number });
      if (row !== undefined) state.firstRow.set(normaliseActionNumber(number), row);
    }
    issues.push(...built.issues.filter((issue) => issue.code !== "plan/numbers-assigned"));
    placed.push(...built.value.progress);
    return built.value.actions;
  });
  return { themes, placed, numbered, issues: [...issues, ...numbersAssigned(numbered)] };
}

/** One info issue for every action numbered by position. */
function numbersAssigned(numbered: MappingReport["rows"]["numbered"]): Issue[] {
  const [first] = numbered;
  if (first === undefined) return [];
  const last = numbered.at(-1) ?? first;
  const span =
    numbered.length === 1
      ? `row ${first.row} is ${first.number}`
      : `rows ${first.row} to ${last.row} are ${first.number} to ${last.number}`;
  return [
    {
      code: "plan/numbers-assigned",
      severity: "info",
      message: `${numbered.length === 1 ? "An action has" : `${numbered.length} actions have`} no number in the table; they are numbered by position (${span}). The mapping report lists each.`,
      path: [],
      row: first.row,
    },
  ];
}

/** The plan column a column shows: a number column that held wording shows the wording too. */
function shownColumn(column: Column, key: string, state: PlanState): Column {
  const stats = state.prose.get(key);
  if (column.field !== "number" || stats === undefined || stats.prose === 0) return column;
  return { ...column, field: stats.numbers > 0 ? "measure" : "title" };
}

/** The columns the header gives, as plan columns (in a canonical table, only those used). */
function derivedColumns(map: HeadingMap, state: PlanState): Column[] {
  const fields = map.columns.flatMap((c) =>
    c.role.kind === "field" ? [{ column: c.role.column, key: c.key }] : [],
  );
  const used = map.layout === "canonical" ? fields.filter((f) => state.used.has(f.key)) : fields;
  return (used.length > 0 ? used : fields).map((f) => shownColumn(f.column, f.key, state));
}

/**
 * The plan's columns: those a canonical table gives (exactly), else the caller's or the header's,
 * with every extra column that has a cell shown as its own column.
 */
function planColumns(map: HeadingMap, state: PlanState): Column[] {
  if (state.planColumns !== undefined && state.options.plan.columns === undefined)
    return state.planColumns.columns;
  const chosen = state.options.plan.columns ?? derivedColumns(map, state);
  const keys = new Set(chosen.filter((c) => c.field === "extra").map((c) => c.key));
  const extras = map.columns.flatMap((c) =>
    c.role.kind === "field" &&
    c.role.column.field === "extra" &&
    !keys.has(c.role.column.key) &&
    state.used.has(c.key)
      ? [c.role.column]
      : [],
  );
  return [...chosen, ...extras];
}

function locate(state: PlanState) {
  return (issue: Issue): Issue => {
    if (issue.row !== undefined || issue.actionNumber === undefined) return issue;
    const row = state.firstRow.get(normaliseActionNumber(issue.actionNumber));
    return row === undefined ? issue : { ...issue, row };
  };
}

/** The checks core's parsers have not already made, located at the rows the actions came from. */
function checkBuilt(plan: Plan, state: PlanState): Issue[] {
  const shell = validatePlan({ ...plan, themes: [] });
  if (!shell.ok) return shell.issues;
  const rules = planRules.filter((rule) => rule !== timescalesReadable && rule !== resourcesAddUp);
  return checkPlan(plan, { rules }).map(locate(state));
}

function buildReturn(
  plan: Plan,
  placed: readonly PlacedProgress[],
  state: PlanState,
): { progress?: ProgressReturn; issues: Issue[] } {
  const meta = state.options.progress;
  const columns = state.map?.columns ?? [];
  const has = columns.some((c) => isProgressRole(c.role));
  if (meta === undefined || !has) return { issues: [] };
  const progress: ProgressReturn = { ...meta, entries: placed.map(entryFrom) };
  const shell = validateProgressReturn({ ...progress, entries: [] });
  const found = shell.ok ? checkProgressReturn(progress, { plan }) : shell.issues;
  return {
    progress,
    issues: found.map(locate(state)).map((issue) => ({ ...issue, path: ["progress", ...issue.path] })),
  };
}

const hasAction = (themes: Plan["themes"]): boolean =>
  themes.some((theme) => (theme.actions?.length ?? 0) > 0 || hasAction(theme.themes ?? []));

/** A table whose rows hold no action (theme headings or headings again only): said, never an empty plan in silence. */
function noActions(plan: Plan, state: PlanState): Issue[] {
  if (state.dataRows === 0 || hasAction(plan.themes)) return [];
  const headings = state.headings.map((h) => h.row);
  const read =
    headings.length === 0
      ? "none was read as an action"
      : `rows ${rowRanges(headings)} were read as theme headings`;
  return [
    {
      code: "table/no-actions",
      severity: "warning",
      message: `The table has ${state.dataRows} row${state.dataRows === 1 ? "" : "s"} under its headings but no action: ${read}. The plan has no actions. If a row is an action, check the mapping report and say which column holds its number or wording with the headings option.`,
      path: [],
      ...(state.map === undefined ? {} : { row: state.map.row }),
    },
  ];
}

/** The plan (and its return) from the rows read: actions built, columns chosen, checked; with what the rows were. */
export function finishPlan(state: PlanState): {
  result: Checked<PlanImport>;
  rows: Partial<MappingReport["rows"]>;
  columns: readonly MappedColumn[];
} {
  const map = state.map ?? { row: 0, layout: "flat" as const, columns: [] };
  const built = buildThemes(state);
  const { columns: _own, ...meta } = state.options.plan;
  const plan: Plan = { ...meta, columns: planColumns(map, state), themes: built.themes };
  const ret = buildReturn(plan, built.placed, state);
  const issues = [
    ...state.issues,
    ...built.issues,
    ...filledIssues(state.filled),
    ...checkBuilt(plan, state),
    ...ret.issues,
    ...noActions(plan, state),
  ];
  const value: PlanImport = ret.progress === undefined ? { plan } : { plan, progress: ret.progress };
  return {
    result: checkedFrom(value, issues),
    rows: { headings: state.headings, filled: state.filled, numbered: built.numbered },
    columns: map.columns.map((column) => {
      const stats = state.prose.get(column.key);
      if (stats === undefined || stats.prose === 0) return column;
      return { ...column, note: stats.numbers > 0 ? "wording-and-numbers" : "wording" };
    }),
  };
}
