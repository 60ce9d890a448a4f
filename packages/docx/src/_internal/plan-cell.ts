import type { ActionField, Column, PlanTableRow } from "@cja-kit/core";
import type { Where } from "./context";

/** Fields read from a progress entry. */
const ENTRY_FIELDS = new Set<ActionField>([
  "progress",
  "nextSteps",
  "status",
  "reportedRag",
  "revisedTimescale",
  "percentComplete",
]);

/** Fields an action has once, on its first row; the others belong to each row. */
const ACTION_FIELDS = new Set<ActionField>(["measure", "number", "title", "outcomeRefs", "aim", "objective"]);

/** Fields whose first paragraph (the number and outcome references) is set in bold. */
export const BOLD_FIRST = new Set<ActionField>(["measure", "number", "outcomeRefs"]);

/** Where a row's paths start: the action's path in the plan, and its progress entry's index. */
export type RowPlace = { actionPath: ReadonlyArray<string | number>; entryIndex?: number };

/** The path of a cell's text: the action's field, the row's field, or the progress entry's. */
export function cellWhere(column: Column, row: PlanTableRow, place: RowPlace): Where {
  const base = { actionNumber: row.action.number, column: column.label };
  if (ENTRY_FIELDS.has(column.field))
    return { ...base, path: ["progress", "entries", place.entryIndex ?? -1, column.field] };
  if (ACTION_FIELDS.has(column.field)) return { ...base, path: [...place.actionPath, column.field] };
  const rowPath = [...place.actionPath, "rows", row.rowIndex, column.field];
  return { ...base, path: column.field === "extra" ? [...rowPath, column.key ?? ""] : rowPath };
}
