import { continueAction, continueProgress } from "../_internal/continue-rows";
import { guarded, isArray, isObject } from "../_internal/guard";
import type { Content } from "../content/content";
import type { Issue, Parsed } from "../issue/issue";
import type { CouncilProgress } from "../progress/progress-return";
import type { ReportedStatus } from "../status/canonical-status";
import type { Rag } from "../status/rag";
import type { Timescale } from "../timescale/timescale";
import type { Action, ActionRow } from "./action";
import { normaliseActionNumber } from "./normalise-action-number";

/**
 * The progress cells of a table row, where a document puts progress beside the plan (seeds 001,
 * 002, 003): what is reported, per council, next steps, a status when one is given apart from
 * the narrative, a rating and a revised due date as the return gives them.
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
  reportedRag?: { raw: string; rag?: Rag };
  revisedTimescale?: Timescale;
  /** Cells the return keeps under its own headings (the national delivery plan update's "Opened", "Closed"). */
  extra?: Record<string, string>;
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

/**
 * Options for {@link actionsFromRows}: numbering of actions the table gives no number.
 *
 * @example
 * ```ts
 * const options: ActionsFromRowsOptions = { firstPosition: 13, taken: new Set(["1", "2"]) };
 * ```
 */
export type ActionsFromRowsOptions = {
  /** The position of the first action these rows make, among the plan's actions (from 1). @defaultValue 1 */
  firstPosition?: number;
  /** Numbers the plan uses elsewhere (normalised), which an assigned number must not repeat. */
  taken?: ReadonlySet<string>;
};

const CONTINUED = /^(.*?)\s*cont(?:inued)?\.?\s*\/?\s*$/is;

type Fold = {
  actions: Action[];
  progress: Array<Array<RowProgress | undefined>>;
  issues: Issue[];
  assigned: Array<{ row?: number; number: string }>;
  used: Set<string>;
  options: ActionsFromRowsOptions;
};

const hasProgress = (cells: RowProgress | undefined): cells is RowProgress =>
  cells !== undefined &&
  Object.values(cells).some((value) => value !== undefined && (!Array.isArray(value) || value.length > 0));

/** Whether a row carries an action's own fields (its wording, aim, objective or references). */
const ownFields = (row: TableRowInput): boolean =>
  Object.values(row.action).some(
    (value) => value !== undefined && (!Array.isArray(value) || value.length > 0),
  );

function orphan(row: TableRowInput, kind: "blank" | "continued"): Issue {
  const message =
    kind === "blank"
      ? "A row with no action number and no wording of its own comes before any action; it was kept as an action of its own. Give it the number of the action it belongs to."
      : `"${row.number}" continues action ${row.number.replace(CONTINUED, "$1")}, which does not come just before it; it is kept as an action of its own.`;
  return {
    code: "plan/orphan-row",
    severity: "warning",
    message,
    path: [],
    ...(row.line === undefined ? {} : { row: row.line }),
  };
}

/** A number for an action the table numbers not: its position among the plan's actions, never one taken. */
function assign(fold: Fold, row: TableRowInput): string {
  const position = String((fold.options.firstPosition ?? 1) + fold.actions.length);
  const free = (n: string) => !fold.used.has(n) && !(fold.options.taken?.has(n) ?? false);
  let number = position;
  for (let k = 0; !free(normaliseActionNumber(number)); k++)
    number = `${position}${String.fromCharCode(97 + (k % 26))}${k >= 26 ? k : ""}`;
  fold.assigned.push({ number, ...(row.line === undefined ? {} : { row: row.line }) });
  return number;
}

function start(fold: Fold, row: TableRowInput, continued: boolean): void {
  const written = row.number.trim();
  if (continued) fold.issues.push(orphan(row, "continued"));
  else if (written.length === 0 && !ownFields(row) && fold.actions.length === 0)
    fold.issues.push(orphan(row, "blank"));
  const number = written.length > 0 ? written : assign(fold, row);
  fold.used.add(normaliseActionNumber(number));
  fold.actions.push({ number, ...row.action, rows: [row.row] });
  fold.progress.push([row.progress]);
}

function step(fold: Fold, row: TableRowInput): void {
  const last = fold.actions.at(-1);
  const lastProgress = fold.progress.at(-1);
  const continued = CONTINUED.exec(row.number.trim());
  const of = continued === null ? undefined : normaliseActionNumber(continued[1] ?? "");
  if (
    of !== undefined &&
    last !== undefined &&
    lastProgress !== undefined &&
    normaliseActionNumber(last.number) === of
  ) {
    fold.actions[fold.actions.length - 1] = continueAction(last, row, fold.issues);
    lastProgress[lastProgress.length - 1] = continueProgress(
      lastProgress.at(-1),
      row.progress,
      row.line,
      fold.issues,
    );
  } else if (
    row.number.trim().length === 0 &&
    !ownFields(row) &&
    last !== undefined &&
    lastProgress !== undefined
  ) {
    last.rows.push(row.row);
    lastProgress.push(row.progress);
  } else start(fold, row, of !== undefined);
}

function numbersAssigned(fold: Fold): Issue[] {
  const [first] = fold.assigned;
  if (first === undefined) return [];
  const last = fold.assigned.at(-1) ?? first;
  const span = fold.assigned.length === 1 ? first.number : `${first.number} to ${last.number}`;
  return [
    {
      code: "plan/numbers-assigned",
      severity: "info",
      message: `${fold.assigned.length === 1 ? "An action has" : `${fold.assigned.length} actions have`} no number in the table; numbered by position (${span}).`,
      path: [],
      ...(first.row === undefined ? {} : { row: first.row }),
    },
  ];
}

/**
 * Groups plan-table rows into actions the way the documents are read: a numbered row starts an
 * action; a row with a blank number and no wording of its own is a further row of the action above
 * (seed 002 2.4.1's three operational details); a row with a blank number and its own wording
 * starts an action numbered by its position (a list with no numbers); a `cont./` row continues the
 * last row of its action across a page break (seed 002 `2.1.3 cont./`), its text appended and a
 * sentence cut by the break rejoined. Nothing is dropped: a row that fits nowhere is an action of
 * its own, with a warning. Progress cells travel with their rows and are placed on the action and
 * row they end up in.
 *
 * @param rows - Table rows in document order.
 * @param options - Where position numbering starts, and numbers taken elsewhere.
 * @returns The actions, the placed progress and the numbers assigned; a warning for each row that
 *   belongs to no action before it, an info issue for numbers assigned.
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
  options: ActionsFromRowsOptions = {},
): Parsed<{
  actions: Action[];
  progress: PlacedProgress[];
  assigned: Array<{ row?: number; number: string }>;
}> {
  return guarded(
    "actionsFromRows",
    () => [
      ["rows", (value) => isArray(value) && (value as unknown[]).every(isObject), rows],
      ["options", isObject, options],
    ],
    () => actionsFromRowsOf(rows, options),
  );
}

function actionsFromRowsOf(
  rows: readonly TableRowInput[],
  options: ActionsFromRowsOptions,
): Parsed<{
  actions: Action[];
  progress: PlacedProgress[];
  assigned: Array<{ row?: number; number: string }>;
}> {
  const fold: Fold = { actions: [], progress: [], issues: [], assigned: [], used: new Set(), options };
  for (const row of rows) step(fold, row);
  // Loops, not nested flatMaps: no array made for each action and each of its rows.
  const placed: PlacedProgress[] = [];
  fold.actions.forEach((action, a) => {
    fold.progress[a]?.forEach((cells, r) => {
      if (hasProgress(cells)) placed.push({ ...cells, action: action.number, row: r });
    });
  });
  return {
    value: { actions: fold.actions, progress: placed, assigned: fold.assigned },
    issues: [...fold.issues, ...numbersAssigned(fold)],
  };
}
