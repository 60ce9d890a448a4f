import { appendContent } from "../_internal/append-content";
import { guarded, isArray, isObject } from "../_internal/guard";
import type { Content } from "../content/content";
import type { Issue, Parsed } from "../issue/issue";
import { parseMoney } from "../money/parse-money";
import type { CouncilProgress } from "../progress/progress-return";
import type { ReportedStatus } from "../status/canonical-status";
import { parseTimescale } from "../timescale/parse-timescale";
import type { Action, ActionRow } from "./action";
import { normaliseActionNumber } from "./normalise-action-number";

/**
 * The progress cells of a table row, where a document puts progress beside the plan (seeds 001,
 * 002, 003): what is reported, per council, next steps, and a status when one is given apart from
 * the narrative.
 *
 * @example
 * ```ts
 * const cells: RowProgress = { progress: [{ kind: "paragraph", text: "On target" }] };
 * ```
 */
export type RowProgress = {
  progress?: Content;
  byCouncil?: CouncilProgress[];
  nextSteps?: Content;
  statusWording?: string;
  status?: ReportedStatus;
  percentComplete?: number;
};

/**
 * Progress read from table rows, placed on its action and row (from 0).
 *
 * @example
 * ```ts
 * const placed: PlacedProgress = { action: "2.1.3", row: 0, progress: [{ kind: "paragraph", text: "Group reporting quarterly as on target" }] };
 * ```
 */
export type PlacedProgress = RowProgress & { action: string; row: number };

/**
 * One row of a plan table as read from a spreadsheet or a document: the number cell as written
 * (blank for a further row of the action above; `2.1.3 cont./` for a row a page break split),
 * the action's own fields (on the first row) and the row's fields.
 *
 * @example
 * ```ts
 * const row: TableRowInput = { number: "2.1.3 cont./", action: {}, row: { detail: [{ kind: "paragraph", text: "completed." }] } };
 * ```
 */
export type TableRowInput = {
  number: string;
  action: Omit<Action, "number" | "rows">;
  row: ActionRow;
  /** Progress cells of the row, if the table has any. */
  progress?: RowProgress;
  /** Where the row came from (a file line), for issues. */
  line?: number;
};

function continueProgress(
  first: RowProgress | undefined,
  more: RowProgress | undefined,
): RowProgress | undefined {
  if (more === undefined) return first;
  if (first === undefined) return more;
  const merged: RowProgress = { ...more, ...first };
  const progress = appendContent(first.progress, more.progress);
  const nextSteps = appendContent(first.nextSteps, more.nextSteps);
  const byCouncil = [...(first.byCouncil ?? []), ...(more.byCouncil ?? [])];
  const wording = joinRaw(first.statusWording, more.statusWording);
  if (progress !== undefined) merged.progress = progress;
  if (nextSteps !== undefined) merged.nextSteps = nextSteps;
  if (byCouncil.length > 0) merged.byCouncil = byCouncil;
  if (wording !== undefined) merged.statusWording = wording;
  return merged;
}

const hasProgress = (cells: RowProgress | undefined): cells is RowProgress =>
  cells !== undefined &&
  Object.values(cells).some((value) => value !== undefined && (!Array.isArray(value) || value.length > 0));

const CONTINUED = /^(.*?)\s*cont(?:inued)?\.?\s*\/?\s*$/is;

function joinRaw(first: string | undefined, more: string | undefined): string | undefined {
  if (more === undefined || more.length === 0) return first;
  return first === undefined || first.length === 0 ? more : `${first}\n${more}`;
}

function continueRow(row: ActionRow, more: ActionRow): ActionRow {
  const merged: ActionRow = { ...row };
  for (const field of [
    "localOutcome",
    "localTarget",
    "detail",
    "milestones",
    "frequency",
    "lead",
    "partners",
  ] as const) {
    const content = appendContent(row[field], more[field]);
    if (content !== undefined) merged[field] = content;
  }
  const timescale = joinRaw(row.timescale?.raw, more.timescale?.raw);
  if (timescale !== undefined) merged.timescale = parseTimescale(timescale).value;
  const resources = joinRaw(row.resources?.raw, more.resources?.raw);
  if (resources !== undefined) merged.resources = parseMoney(resources).value;
  if (row.flags !== undefined || more.flags !== undefined) merged.flags = { ...more.flags, ...row.flags };
  if (row.extra !== undefined || more.extra !== undefined) merged.extra = { ...more.extra, ...row.extra };
  return merged;
}

function continueAction(action: Action, more: TableRowInput): Action {
  const rows = action.rows;
  const last = rows.at(-1) as ActionRow;
  const title = appendContent(action.title, more.action.title);
  return {
    ...action,
    ...(title === undefined ? {} : { title }),
    rows: [...rows.slice(0, -1), continueRow(last, more.row)],
  };
}

function orphan(row: TableRowInput, kind: "blank" | "continued"): Issue {
  const message =
    kind === "blank"
      ? "A row with no action number comes before any numbered action; give it the number of the action it belongs to."
      : `"${row.number}" continues action ${row.number.replace(CONTINUED, "$1")}, which does not come just before it; it is kept as an action of its own.`;
  return {
    code: "plan/orphan-row",
    severity: "warning",
    message,
    path: [],
    ...(row.line === undefined ? {} : { row: row.line }),
  };
}

/**
 * Groups plan-table rows into actions the way the documents are read: a numbered row starts an
 * action; a row with a blank number is a further row of the action above (seed 002 2.4.1's three
 * operational details); a `cont./` row continues the last row of its action across a page break
 * (seed 002 `2.1.3 cont./`), its text appended and a sentence cut by the break rejoined. Progress
 * cells travel with their rows and are placed on the action and row they end up in.
 *
 * @param rows - Table rows in document order.
 * @returns The actions and the placed progress, and a warning for each row that belongs to no
 *   action before it.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const { value } = actionsFromRows([
 *   { number: "2.1.3", action: {}, row: { detail: [{ kind: "paragraph", text: "A preliminary literature review … has been" }] } },
 *   { number: "2.1.3 cont./", action: {}, row: { detail: [{ kind: "paragraph", text: "completed." }] } },
 * ]);
 * value.actions[0]?.rows[0]?.detail; // [{ kind: "paragraph", text: "A preliminary literature review … has been completed." }]
 * ```
 */
export function actionsFromRows(
  rows: readonly TableRowInput[],
): Parsed<{ actions: Action[]; progress: PlacedProgress[] }> {
  return guarded(
    "actionsFromRows",
    () => [["rows", (value) => isArray(value) && (value as unknown[]).every(isObject), rows]],
    () => actionsFromRowsOf(rows),
  );
}

function actionsFromRowsOf(
  rows: readonly TableRowInput[],
): Parsed<{ actions: Action[]; progress: PlacedProgress[] }> {
  const actions: Action[] = [];
  const progress: Array<Array<RowProgress | undefined>> = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    const last = actions.at(-1);
    const lastProgress = progress.at(-1);
    const continued = CONTINUED.exec(row.number.trim());
    const continuedNumber = continued === null ? undefined : normaliseActionNumber(continued[1] ?? "");
    const continues =
      continuedNumber !== undefined &&
      last !== undefined &&
      normaliseActionNumber(last.number) === continuedNumber;
    if (continues && last !== undefined && lastProgress !== undefined) {
      actions[actions.length - 1] = continueAction(last, row);
      lastProgress[lastProgress.length - 1] = continueProgress(lastProgress.at(-1), row.progress);
    } else if (row.number.trim().length === 0 && last !== undefined && lastProgress !== undefined) {
      last.rows.push(row.row);
      lastProgress.push(row.progress);
    } else {
      if (row.number.trim().length === 0 || continuedNumber !== undefined)
        issues.push(orphan(row, continuedNumber === undefined ? "blank" : "continued"));
      const number = row.number.trim().length === 0 ? "?" : row.number.trim();
      actions.push({ number, ...row.action, rows: [row.row] });
      progress.push([row.progress]);
    }
  }
  const placed = actions.flatMap((action, a) =>
    (progress[a] ?? []).flatMap((cells, r) =>
      hasProgress(cells) ? [{ ...cells, action: action.number, row: r }] : [],
    ),
  );
  return { value: { actions, progress: placed }, issues };
}
