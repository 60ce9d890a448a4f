import { cellLines } from "../_internal/cell-lines";
import { guarded, has, isArray, isObject } from "../_internal/guard";
import { paragraphOfRuns } from "../_internal/paragraph-of-runs";
import type { Block, Content } from "../content/content";
import { contentText } from "../content/content-text";
import type { ProgressEntry } from "../progress/progress-return";
import { canonicalStatusLabels } from "../status/labels";
import type { Timescale } from "../timescale/timescale";
import { Column } from "./column";
import type { PlanTableRow } from "./plan-table";

const lines = (raw: string | undefined): Content =>
  (raw ?? "")
    .split(/\r?\n|\r/)
    .filter((line) => line.trim().length > 0)
    .map((text): Block => ({ kind: "paragraph", text }));

/** A timescale's lines as paragraphs, with the marks of its runs. */
function timescaleLines(timescale: Timescale | undefined): Content {
  if (timescale?.runs === undefined) return lines(timescale?.raw);
  const runs = timescale.runs;
  return cellLines(timescale.raw)
    .lines.map((text, i) => ({ text, runs: runs[i] ?? [] }))
    .filter(({ text }) => text.trim().length > 0)
    .map(
      ({ text, runs: line }): Block =>
        line.length === 0 ? { kind: "paragraph", text } : paragraphOfRuns(line),
    );
}

const whole = (text: string | undefined): Content =>
  text === undefined || text.trim().length === 0 ? [] : [{ kind: "paragraph", text }];

/**
 * The number and outcome references that head a key-measure cell, as written.
 *
 * @param row - A table row (only its action is read).
 * @returns E.g. `2.4.2. (A1 & C3)`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * measureHeading({ action: { number: "2.4.2.", outcomeRefs: parseOutcomeRefs("(A1 & C3)").value, rows: [{}] } }); // "2.4.2. (A1 & C3)"
 * ```
 */
export function measureHeading(row: Pick<PlanTableRow, "action">): string {
  return guarded(
    "measureHeading",
    () => [["row", (value) => has(value, "action", isObject), row]],
    () => measureHeadingOf(row),
  );
}

function measureHeadingOf(row: Pick<PlanTableRow, "action">): string {
  return [row.action.number, row.action.outcomeRefs?.raw]
    .filter((part) => part !== undefined && part.length > 0)
    .join(" ");
}

function progressContent(row: PlanTableRow): Content {
  const entry = row.entry;
  if (entry === undefined) return [];
  return [
    ...entry.progress,
    ...(entry.byCouncil ?? []).flatMap(
      (part): Content => [{ kind: "paragraph", text: part.council, strong: true }, ...part.progress],
    ),
  ];
}

/** The status as reported: its own wording, or the canonical status where the wording is the narrative's. */
function statusContent(entry: ProgressEntry): Content {
  const narrative = [
    contentText(entry.progress),
    ...(entry.byCouncil ?? []).map((p) => contentText(p.progress)),
  ]
    .join("\n")
    .trim();
  if (entry.status.raw.trim().length > 0 && entry.status.raw !== narrative) return lines(entry.status.raw);
  return entry.status.status === "unknown" ? [] : whole(canonicalStatusLabels[entry.status.status]);
}

/** A cell from a progress return's other parts: status, rating, revised due date, share done. */
function entryContent(field: Column["field"], entry: ProgressEntry | undefined): Content {
  if (entry === undefined) return [];
  switch (field) {
    case "status":
      return statusContent(entry);
    case "reportedRag":
      return whole(entry.reportedRag?.raw);
    case "revisedTimescale":
      return timescaleLines(entry.revisedTimescale);
    default:
      return whole(entry.percentComplete === undefined ? undefined : `${entry.percentComplete}%`);
  }
}

/**
 * What a cell of a plan table holds, as content, whatever the column: the action's own fields on
 * its first row only, the row's fields on every row, progress and next steps from the joined
 * return. The lead's cell shows the partners under the lead unless a column of their own does. A
 * key-measure cell (`measure`) is the number and references, then the wording. Timescale,
 * resources and extra cells keep their wording line by line; a status cell is the status as
 * reported (its canonical label where the narrative was the wording).
 *
 * @param column - The column.
 * @param row - A row of {@link planTable}.
 * @returns The cell's content; empty for an empty cell.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * cellContent({ field: "timescale", label: "Timescale" }, planTable(plan)[0]);
 * // [{ kind: "paragraph", text: "Year 1" }, …]
 * ```
 */
export function cellContent(column: Column, row: PlanTableRow): Content {
  return guarded(
    "cellContent",
    () => [
      ["column", Column, column],
      ["row", (value) => has(value, "action", isObject) && has(value, "rows", isArray), row],
    ],
    () => cellContentOf(column, row),
  );
}

function cellContentOf(column: Column, row: PlanTableRow): Content {
  const first = row.rowIndex === 0;
  const { action, row: detail } = row;
  switch (column.field) {
    case "measure":
      return first ? [...whole(measureHeading(row)), ...(action.title ?? [])] : [];
    case "number":
      return first ? whole(action.number) : [];
    case "title":
      return first ? (action.title ?? []) : [];
    case "outcomeRefs":
      return first ? whole(action.outcomeRefs?.raw) : [];
    case "aim":
      return first ? (action.aim ?? []) : [];
    case "objective":
      return first ? (action.objective ?? []) : [];
    case "lead": {
      // Seed 002's "Work Group/ Chair" cell names the lead, then the partners under it.
      const ownColumn = row.columns.some((c) => c.field === "partners");
      return [...(detail.lead ?? []), ...(ownColumn ? [] : (detail.partners ?? []))];
    }
    case "localOutcome":
    case "localTarget":
    case "detail":
    case "milestones":
    case "frequency":
    case "partners":
      return detail[column.field] ?? [];
    case "timescale":
      return timescaleLines(detail.timescale);
    case "resources":
      return lines(detail.resources?.raw);
    case "flag":
      return whole(column.key === undefined ? undefined : detail.flags?.[column.key]?.raw);
    case "progress":
      return progressContent(row);
    case "nextSteps":
      return row.entry?.nextSteps ?? [];
    case "status":
    case "reportedRag":
    case "revisedTimescale":
    case "percentComplete":
      return entryContent(column.field, row.entry);
    case "extra":
      return lines(column.key === undefined ? undefined : detail.extra?.[column.key]);
    default: {
      const never: never = column.field;
      return never;
    }
  }
}
