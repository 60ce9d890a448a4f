import { appendContent } from "../_internal/append-content";
import type { Content } from "../content/content";
import { parseContent } from "../content/parse-content";
import type { Issue, Parsed } from "../issue/issue";
import type { RowProgress } from "../plan/actions-from-rows";
import type { CouncilProgress } from "../progress/progress-return";
import { CanonicalStatus } from "../status/canonical-status";
import { normaliseStatus } from "../status/normalise-status";
import { parseTimescaleCell } from "../timescale/parse-timescale-cell";
import { parseRag } from "./_internal/parse-rag";
import { parseCouncilProgress } from "./council-progress";
import type { ProgressKey } from "./read-row-cells";

/** What reading progress cells needs: the row, council names (a bold one starts its part), the layout. */
export type ProgressContext = { row: number; councils: ReadonlySet<string>; perCouncilLines: boolean };

type Cells = ReadonlyMap<ProgressKey, { text: string; column: string }>;

type Draft = { progress: RowProgress; issues: Issue[]; reported: number };

const at = (context: ProgressContext, column: string, text: string) => ({
  path: [],
  row: context.row,
  column,
  actual: text.slice(0, 80),
});

/** Progress in a document: a bold council name starts that council's part. */
function splitCouncils(
  content: Content,
  councils: ReadonlySet<string>,
): { progress: Content; byCouncil?: CouncilProgress[] } {
  const progress: Content = [];
  const byCouncil: CouncilProgress[] = [];
  for (const block of content) {
    if (block.kind === "paragraph" && block.strong === true && councils.has(block.text.toLowerCase()))
      byCouncil.push({ council: block.text, progress: [] });
    else (byCouncil.at(-1)?.progress ?? progress).push(block);
  }
  return byCouncil.length === 0 ? { progress } : { progress, byCouncil };
}

function readNarrative(draft: Draft, text: string, context: ProgressContext): void {
  const content = parseContent(text);
  const split = context.perCouncilLines ? splitCouncils(content, context.councils) : { progress: content };
  draft.progress.progress = appendContent(draft.progress.progress, split.progress) ?? [];
  if (split.byCouncil !== undefined)
    draft.progress.byCouncil = [...(draft.progress.byCouncil ?? []), ...split.byCouncil];
}

function readCouncils(draft: Draft, text: string, column: string, context: ProgressContext): void {
  const { parts, stray } = parseCouncilProgress(text);
  draft.progress.byCouncil = [...(draft.progress.byCouncil ?? []), ...parts];
  if (stray.length === 0) return;
  draft.progress.progress = appendContent(draft.progress.progress, parseContent(stray)) ?? [];
  draft.issues.push({
    code: "table/council-text-without-council",
    severity: "warning",
    message: `"${stray.slice(0, 60)}" comes before any "## Council" line; it was added to the progress narrative.`,
    ...at(context, column, stray),
  });
}

/** A status cell: a canonical status as written by a canonical table, else wording read by the status rules. */
function readStatus(draft: Draft, text: string, column: string, context: ProgressContext): void {
  const canonical = CanonicalStatus.safeParse(text.trim());
  if (canonical.success) {
    draft.progress.status = { raw: "", status: canonical.data, rule: "" };
    return;
  }
  draft.progress.status = normaliseStatus(text);
  if (draft.progress.status.status !== "unknown") return;
  draft.issues.push({
    code: "table/unknown-status",
    severity: "warning",
    message: `No status rule recognises "${text.slice(0, 60)}"; it is kept as the status wording and the status is unknown.`,
    ...at(context, column, text),
  });
}

function readPercent(draft: Draft, text: string, column: string, context: ProgressContext): void {
  const match = /^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$/.exec(text);
  const value = Number(match?.[1]);
  if (match !== null && value <= 100) {
    draft.progress.percentComplete = value;
    return;
  }
  draft.reported += 1;
  draft.issues.push({
    code: "table/bad-percentage",
    severity: "warning",
    message: `"${text.slice(0, 40)}" is not a percentage from 0 to 100 (such as 40 or 40%); it was left out.`,
    ...at(context, column, text),
  });
}

function readRule(draft: Draft, text: string, column: string, context: ProgressContext): void {
  if (draft.progress.status !== undefined) {
    draft.progress.status = { ...draft.progress.status, rule: text.trim() };
    return;
  }
  draft.reported += 1;
  draft.issues.push({
    code: "table/rule-without-status",
    severity: "warning",
    message: `The status rule "${text.slice(0, 40)}" comes with no status; it was left out.`,
    ...at(context, column, text),
  });
}

function readOne(
  draft: Draft,
  key: ProgressKey,
  text: string,
  column: string,
  context: ProgressContext,
): void {
  switch (key) {
    case "progress":
      readNarrative(draft, text, context);
      return;
    case "byCouncil":
      readCouncils(draft, text, column, context);
      return;
    case "nextSteps":
      draft.progress.nextSteps = parseContent(text);
      return;
    case "statusWording":
      draft.progress.statusWording = text;
      return;
    case "status":
      readStatus(draft, text, column, context);
      return;
    case "statusRule":
      readRule(draft, text, column, context);
      return;
    case "percentComplete":
      readPercent(draft, text, column, context);
      return;
    case "reportedRag": {
      const rag = parseRag(text);
      draft.progress.reportedRag = rag === undefined ? { raw: text } : { raw: text, rag };
      return;
    }
    case "revisedTimescale": {
      const parsed = parseTimescaleCell(text);
      draft.progress.revisedTimescale = parsed.value;
      draft.issues.push(...parsed.issues.map((issue) => ({ ...issue, row: context.row, column })));
    }
  }
}

/** The order progress cells are read in, whatever the columns' order: a rule needs its status first. */
const ORDER: readonly ProgressKey[] = [
  "progress",
  "byCouncil",
  "nextSteps",
  "statusWording",
  "status",
  "statusRule",
  "percentComplete",
  "reportedRag",
  "revisedTimescale",
];

/**
 * A row's progress cells read together, whatever order their columns come in: the narrative
 * (bold council names starting per-council parts in a document), per-council parts, next steps,
 * the status (a canonical id as a canonical table writes it, else wording read by the status rules
 * in any case: `Complete`, `COMPLETE`, `On Target`), its rule, % complete (a decimal from 0 to
 * 100), a reported rating, a revised due date. Each cell is kept, or reported by an issue.
 *
 * @returns The progress, and how many cells were reported rather than kept.
 */
export function rowProgress(
  cells: Cells,
  context: ProgressContext,
): Parsed<RowProgress> & { reported: number } {
  const draft: Draft = { progress: {}, issues: [], reported: 0 };
  for (const key of ORDER) {
    const cell = cells.get(key);
    if (cell !== undefined) readOne(draft, key, cell.text, cell.column, context);
  }
  return { value: draft.progress, issues: draft.issues, reported: draft.reported };
}
