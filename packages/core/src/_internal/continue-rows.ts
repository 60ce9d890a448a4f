import type { Run } from "../content/content";
import type { Issue } from "../issue/issue";
import { parseMoney } from "../money/parse-money";
import type { Action, ActionRow } from "../plan/action";
import type { RowProgress, TableRowInput } from "../plan/actions-from-rows";
import { parseYesNo } from "../plan/yes-no";
import { parseTimescale } from "../timescale/parse-timescale";
import type { Timescale } from "../timescale/timescale";
import { appendContent } from "./append-content";
import { cellLines } from "./cell-lines";

/** Two wordings as one, on separate lines; either may be missing. */
export function joinRaw(first: string | undefined, more: string | undefined): string | undefined {
  if (more === undefined || more.length === 0) return first;
  return first === undefined || first.length === 0 ? more : `${first}\n${more}`;
}

/** A timescale's runs line by line: its own, or each line as one plain run. */
const lineRuns = (timescale: Timescale): Run[][] =>
  timescale.runs ?? cellLines(timescale.raw).lines.map((line) => (line.length === 0 ? [] : [{ text: line }]));

/** Two timescales as one, on separate lines, keeping the marks of either. */
function joinTimescale(first: Timescale | undefined, more: Timescale | undefined): Timescale | undefined {
  const raw = joinRaw(first?.raw, more?.raw);
  if (raw === undefined) return undefined;
  const value = parseTimescale(raw).value;
  const parts = [first, more].filter((t): t is Timescale => t !== undefined && t.raw.length > 0);
  return parts.some((t) => t.runs !== undefined) ? { ...value, runs: parts.flatMap(lineRuns) } : value;
}

/** Two records of cells by key as one: a key in both keeps both cells, on separate lines. */
function joinCells<T>(
  first: Readonly<Record<string, T>> | undefined,
  more: Readonly<Record<string, T>> | undefined,
  join: (a: T, b: T) => T,
): Record<string, T> | undefined {
  if (first === undefined || more === undefined) return first ?? more;
  const joined: Record<string, T> = { ...first };
  for (const [key, value] of Object.entries(more)) {
    const mine = joined[key];
    joined[key] = mine === undefined ? value : join(mine, value);
  }
  return joined;
}

/** The fields of an action's row that hold content (paragraphs and lists with marks). */
export const CONTENT_FIELDS = [
  "localOutcome",
  "localTarget",
  "detail",
  "milestones",
  "frequency",
  "lead",
  "partners",
] as const;

/** The last row of an action with a `cont./` row's cells added: content appended, wording joined, nothing overwritten. */
export function continueRow(row: ActionRow, more: ActionRow): ActionRow {
  const merged: ActionRow = { ...row };
  for (const field of CONTENT_FIELDS) {
    const content = appendContent(row[field], more[field]);
    if (content !== undefined) merged[field] = content;
  }
  const timescale = joinTimescale(row.timescale, more.timescale);
  if (timescale !== undefined) merged.timescale = timescale;
  const resources = joinRaw(row.resources?.raw, more.resources?.raw);
  if (resources !== undefined) merged.resources = parseMoney(resources).value;
  const flags = joinCells(row.flags, more.flags, (a, b) => parseYesNo(joinRaw(a.raw, b.raw) ?? ""));
  if (flags !== undefined) merged.flags = flags;
  const extra = joinCells(row.extra, more.extra, (a, b) => joinRaw(a, b) ?? "");
  if (extra !== undefined) merged.extra = extra;
  return merged;
}

function conflict(what: string, kept: string, dropped: string, line: number | undefined): Issue {
  return {
    code: "plan/continued-cell-conflict",
    severity: "warning",
    message: `A continued row gives ${what} "${dropped}" where the row it continues gives "${kept}"; the first was kept.`,
    path: [],
    actual: dropped.slice(0, 80),
    ...(line === undefined ? {} : { row: line }),
  };
}

/** An action with a `cont./` row added: its wording appended, its last row continued. */
export function continueAction(action: Action, more: TableRowInput, issues: Issue[]): Action {
  const last = action.rows.at(-1) as ActionRow;
  const merged: Action = { ...action, rows: [...action.rows.slice(0, -1), continueRow(last, more.row)] };
  for (const field of ["title", "aim", "objective"] as const) {
    const content = appendContent(action[field], more.action[field]);
    if (content !== undefined) merged[field] = content;
  }
  const refs = more.action.outcomeRefs;
  if (refs !== undefined && action.outcomeRefs === undefined) merged.outcomeRefs = refs;
  else if (refs !== undefined && refs.raw !== action.outcomeRefs?.raw)
    issues.push(conflict("outcome references", action.outcomeRefs?.raw ?? "", refs.raw, more.line));
  return merged;
}

type Single = "percentComplete" | "status" | "reportedRag" | "revisedTimescale";

function shown(value: RowProgress[Single]): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  return "status" in value ? value.raw || value.status : value.raw;
}

/** Progress cells with a `cont./` row's added: narratives appended, wording joined, single values kept first. */
export function continueProgress(
  first: RowProgress | undefined,
  more: RowProgress | undefined,
  line: number | undefined,
  issues: Issue[],
): RowProgress | undefined {
  if (more === undefined || first === undefined) return first ?? more;
  const merged: RowProgress = { ...more, ...first };
  const progress = appendContent(first.progress, more.progress);
  const nextSteps = appendContent(first.nextSteps, more.nextSteps);
  const byCouncil = [...(first.byCouncil ?? []), ...(more.byCouncil ?? [])];
  const wording = joinRaw(first.statusWording, more.statusWording);
  if (progress !== undefined) merged.progress = progress;
  if (nextSteps !== undefined) merged.nextSteps = nextSteps;
  if (byCouncil.length > 0) merged.byCouncil = byCouncil;
  if (wording !== undefined) merged.statusWording = wording;
  const extra = joinCells(first.extra, more.extra, (a, b) => joinRaw(a, b) ?? "");
  if (extra !== undefined) merged.extra = extra;
  for (const key of ["percentComplete", "status", "reportedRag", "revisedTimescale"] as const) {
    const [kept, dropped] = [shown(first[key]), shown(more[key])];
    if (first[key] !== undefined && more[key] !== undefined && kept !== dropped)
      issues.push(conflict(key, kept, dropped, line));
  }
  return merged;
}
