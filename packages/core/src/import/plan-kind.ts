import type { Issue } from "../issue/issue";
import type { HeadingMap, MappedColumn } from "./column-role";
import type { PlanImport, PlanImportOptions, TableSettings } from "./import-options";
import { planExtras } from "./map-headings";
import { finishPlan } from "./plan-finish";
import { planRow } from "./plan-rows";
import { type PlanState, planState } from "./plan-state";
import type { TableKind } from "./table-engine";
import { isProgressRole, planMatcher } from "./table-kinds";

const isProgress = (column: MappedColumn) => isProgressRole(column.role);

/** Progress columns with no return to read them into: kept as extra columns, with one warning. */
function withoutReturn(map: HeadingMap): { map: HeadingMap; issues: Issue[] } {
  const progress = map.columns.filter(isProgress);
  if (progress.length === 0) return { map, issues: [] };
  const columns = map.columns.map(
    (column): MappedColumn =>
      isProgress(column)
        ? {
            ...column,
            role: { kind: "field", column: { field: "extra", key: column.key, label: column.label } },
            note: "progress-without-return",
          }
        : column,
  );
  const issue: Issue = {
    code: "table/progress-without-return",
    severity: "warning",
    message: `The table has progress columns (${progress.map((c) => `"${c.key}"`).join(", ")}) but no return was given to read them into (options.progress); their cells are kept as extra columns of the plan.`,
    path: [],
    row: map.row,
    column: progress[0]?.key ?? "",
  };
  return { map: { ...map, columns }, issues: [issue] };
}

/** How a plan table is read: the kind of table the engine drives for {@link planFromRecords}. */
export function planKind(
  options: PlanImportOptions,
  settings: TableSettings,
): TableKind<PlanState, PlanImport> {
  const matcher = planMatcher(options.plan.columns ?? []);
  return {
    noun: "a plan table",
    matcher,
    extras: planExtras,
    start(map) {
      const state = planState(options, settings, matcher);
      const read = options.progress === undefined ? withoutReturn(map) : { map, issues: [] };
      state.map = read.map;
      return { state, map: read.map, issues: read.issues, usable: true };
    },
    row(state, record, map, tally) {
      state.map = map;
      state.dataRows += 1;
      if (state.pending !== undefined) planRow(state, state.pending, record, map, tally);
      state.pending = record;
    },
    finish(state, tally) {
      if (state.pending !== undefined && state.map !== undefined)
        planRow(state, state.pending, undefined, state.map, tally);
      state.pending = undefined;
      return finishPlan(state);
    },
  };
}
