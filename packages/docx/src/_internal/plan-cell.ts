import type { ActionField, Column, PlanTableRow } from "@cja-kit/core";
import type { Where } from "./context";

/** Fields an action has once, on its first row; the others belong to each row. */
const ACTION_FIELDS = new Set<ActionField>(["measure", "number", "title", "outcomeRefs", "aim", "objective"]);

/** Fields whose first paragraph (the number and outcome references) is set in bold. */
export const BOLD_FIRST = new Set<ActionField>(["measure", "number", "outcomeRefs"]);

/** Where a row's paths start: the action's path in the plan, and its progress entry's index. */
export type RowPlace = { actionPath: ReadonlyArray<string | number>; entryIndex?: number };

/** The path of a cell's text: the action's field, the row's field, or the progress entry's. */
export function cellWhere(column: Column, row: PlanTableRow, place: RowPlace): Where {
  const base = { actionNumber: row.action.number, column: column.label };
  if (column.field === "progress" || column.field === "nextSteps")
    return { ...base, path: ["progress", "entries", place.entryIndex ?? -1, column.field] };
  if (ACTION_FIELDS.has(column.field)) return { ...base, path: [...place.actionPath, column.field] };
  return { ...base, path: [...place.actionPath, "rows", row.rowIndex, column.field] };
}
