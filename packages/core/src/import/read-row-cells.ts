import { appendContent } from "../_internal/append-content";
import { joinRaw } from "../_internal/continue-rows";
import type { Content } from "../content/content";
import { parseContent } from "../content/parse-content";
import type { Issue } from "../issue/issue";
import { parseMoney } from "../money/parse-money";
import { parseOutcomeRefs } from "../outcome-ref/parse-outcome-refs";
import type { Action, ActionRow } from "../plan/action";
import type { ActionField, Column } from "../plan/column";
import { parseYesNo } from "../plan/yes-no";
import { parseTimescaleCell } from "../timescale/parse-timescale-cell";
import { isContinued } from "./_internal/heading-text";
import { filled } from "./_internal/tally";
import type { MappedColumn, ProgressPart, ThemePart } from "./column-role";

/** A progress cell waiting to be read with the row's others: a progress field or part. */
export type ProgressKey =
  | Exclude<ProgressPart, "extra">
  | "progress"
  | "nextSteps"
  | "status"
  | "reportedRag"
  | "revisedTimescale"
  | "percentComplete";

/** A data row of a plan table read into the parts the plan is built from. */
export type RowValues = {
  number: string;
  action: Omit<Action, "number" | "rows">;
  row: ActionRow;
  progress: Map<ProgressKey, { text: string; column: string }>;
  /** Cells of the progress entry's own, by its key ("Progress: Opened" is `Opened`). */
  progressExtra?: Record<string, string>;
  themes: Map<number, Map<ThemePart, string>>;
  planColumns?: string;
  /** The key of a number column that held a number in this row. */
  numberIn?: string;
  /** The key of a number column that held wording in this row. */
  proseIn?: string;
  issues: Issue[];
};

/** What reading cells needs: where the row is, the framework of bare outcome codes. */
export type CellContext = { row: number; framework: string };

type Reader = (text: string, column: MappedColumn, values: RowValues, context: CellContext) => void;

/** Adds a parser's issues to the row's, located at the cell (most cells give none: nothing is made for them). */
function pushLocated(
  values: RowValues,
  issues: readonly Issue[],
  context: CellContext,
  column: MappedColumn,
): void {
  for (const issue of issues) values.issues.push({ ...issue, row: context.row, column: column.key });
}

const NUMBER =
  /^(?:no\.?\s*|#\s*)?[A-Za-z]{0,3}\d+[A-Za-z]?(?:[.\-/]\d+[A-Za-z]?)*\.?(?:\s*\([a-z0-9]{1,3}\))?$/i;

/** Whether a number cell holds a number (`2.4.1.`, `1a`, `SO2`, `2.1.3 cont./`) rather than wording. */
export const numberLike = (text: string): boolean => NUMBER.test(text.trim()) || isContinued(text);

function addTitle(values: RowValues, content: Content): void {
  const title = appendContent(values.action.title, content);
  if (title !== undefined && title.length > 0) values.action.title = title;
}

/** Words of a sentence, not codes: "More people successfully complete diversion". */
const PROSE = /\b[a-z]{3,}\b.*\b[a-z]{3,}\b/;
/** Outcome codes before an outcome's wording: "1. More people…", "B1, B2 – …". */
const LEADING = /^\s*([A-Z]?\d+[a-z]?(?:\s*[,&-]\s*[A-Z]?\d+[a-z]?)*)[.):–-]?\s+\S/;

/** An outcome written out in words: the codes before the wording read, the whole kept as written. */
function readRefWording(text: string, column: MappedColumn, values: RowValues, context: CellContext): void {
  const lead = LEADING.exec(text)?.[1];
  const parsed = lead === undefined ? undefined : parseOutcomeRefs(lead, { framework: context.framework });
  values.action.outcomeRefs = { raw: text, refs: parsed?.value.refs ?? [] };
  pushLocated(values, parsed?.issues ?? [], context, column);
  const read = (parsed?.value.refs ?? []).map((ref) => ref.code).join(", ");
  values.issues.push({
    code: "table/outcome-wording",
    severity: "info",
    message: `"${text.slice(0, 60)}" is an outcome in words, not outcome codes such as (A1-A5; C2); it is kept as written, ${read.length === 0 ? "with no reference read" : `with ${read} read from its number`}.`,
    path: [],
    row: context.row,
    column: column.key,
    actual: text.slice(0, 80),
  });
}

function readRefs(text: string, column: MappedColumn, values: RowValues, context: CellContext): void {
  // A column of outcomes written out in words (a partnership's "National Outcome") is kept as
  // written, its words not read one by one as codes.
  if (PROSE.test(text) && values.action.outcomeRefs === undefined) {
    readRefWording(text, column, values, context);
    return;
  }
  const raw = joinRaw(values.action.outcomeRefs?.raw, text) ?? text;
  const parsed = parseOutcomeRefs(raw, { framework: context.framework });
  values.action.outcomeRefs = parsed.value;
  pushLocated(values, parsed.issues, context, column);
}

/** "2.4.2. (A1 & C3)" then the wording: a key-measure cell. */
const readMeasure: Reader = (text, column, values, context) => {
  const [first = "", ...rest] = text.split(/\r\n|\r|\n/);
  if (isContinued(first) && /^\d/.test(first.trim())) {
    values.number = first.trim();
    addTitle(values, parseContent(rest.join("\n")));
    return;
  }
  const match = /^(\d+(?:\.\d+)*\.?)\s*(\([^()]*\))?\s*(.*)$/s.exec(first.trim());
  values.number = match?.[1] ?? "";
  if (match?.[2] !== undefined) readRefs(match[2], column, values, context);
  const after = match === null ? first : (match[3] ?? "");
  // The line holding only the number and references is not a blank line of the wording.
  addTitle(values, parseContent((after.trim() === "" ? rest : [after, ...rest]).join("\n")));
};

/** A number, or wording where the table puts the action's wording in its number column. */
const readNumber: Reader = (text, column, values) => {
  if (numberLike(text)) {
    values.number = text.trim();
    values.numberIn = column.key;
    return;
  }
  values.proseIn = column.key;
  addTitle(values, parseContent(text));
};

const readOwn =
  (field: "title" | "aim" | "objective"): Reader =>
  (text, _column, values) => {
    const content = appendContent(values.action[field], parseContent(text));
    if (content !== undefined) values.action[field] = content;
  };

const readContent =
  (
    field: "localOutcome" | "localTarget" | "detail" | "milestones" | "frequency" | "lead" | "partners",
  ): Reader =>
  (text, _column, values) => {
    const content = appendContent(values.row[field], parseContent(text));
    if (content !== undefined) values.row[field] = content;
  };

const readTimescale: Reader = (text, column, values, context) => {
  const parsed = parseTimescaleCell(text);
  values.row.timescale = parsed.value;
  pushLocated(values, parsed.issues, context, column);
};

const readResources: Reader = (text, column, values, context) => {
  const parsed = parseMoney(text);
  values.row.resources = parsed.value;
  pushLocated(values, parsed.issues, context, column);
};

const keyOf = (column: MappedColumn): string =>
  column.role.kind === "field" ? (column.role.column.key ?? column.key) : column.key;

const readFlag: Reader = (text, column, values) => {
  values.row.flags = { ...values.row.flags, [keyOf(column)]: parseYesNo(text) };
};

const readExtra: Reader = (text, column, values) => {
  values.row.extra = { ...values.row.extra, [keyOf(column)]: text };
};

const toProgress =
  (key: ProgressKey): Reader =>
  (text, column, values) => {
    values.progress.set(key, { text, column: column.key });
  };

/** One reader per field, so a new field does not compile until it has one. */
const FIELD_READERS: Readonly<Record<ActionField, Reader>> = /* @__PURE__ */ (() => ({
  measure: readMeasure,
  number: readNumber,
  title: readOwn("title"),
  outcomeRefs: (text, column, values, context) => readRefs(text, column, values, context),
  aim: readOwn("aim"),
  objective: readOwn("objective"),
  localOutcome: readContent("localOutcome"),
  localTarget: readContent("localTarget"),
  detail: readContent("detail"),
  milestones: readContent("milestones"),
  frequency: readContent("frequency"),
  timescale: readTimescale,
  lead: readContent("lead"),
  partners: readContent("partners"),
  resources: readResources,
  flag: readFlag,
  progress: toProgress("progress"),
  nextSteps: toProgress("nextSteps"),
  status: toProgress("status"),
  reportedRag: toProgress("reportedRag"),
  revisedTimescale: toProgress("revisedTimescale"),
  percentComplete: toProgress("percentComplete"),
  extra: readExtra,
}))();

function readCell(text: string, column: MappedColumn, values: RowValues, context: CellContext): void {
  const { role } = column;
  switch (role.kind) {
    case "field":
      FIELD_READERS[role.column.field](text, column, values, context);
      return;
    case "theme": {
      const level = values.themes.get(role.level) ?? new Map<ThemePart, string>();
      values.themes.set(role.level, level.set(role.part, text));
      return;
    }
    case "progress":
      if (role.part === "extra")
        values.progressExtra = { ...values.progressExtra, [role.key ?? column.key]: text };
      else values.progress.set(role.part, { text, column: column.key });
      return;
    case "plan-columns":
      values.planColumns = text;
      return;
    default:
      readExtra(text, column, values, context);
      return;
  }
}

/** An empty row's values. */
export const emptyValues = (): RowValues => ({
  number: "",
  action: {},
  row: {},
  progress: new Map(),
  themes: new Map(),
  issues: [],
});

/**
 * Reads the cells of a plan row, each through its column's reader: every non-empty cell sets a
 * value (its wording kept) and any issue is located at its row and column. Theme cells are kept
 * by level and part, progress cells until the row's others are read. Empty cells leave their fields absent.
 *
 * @returns The row's values; the count of cells read.
 */
export function readRowCells(
  cells: readonly string[],
  columns: readonly MappedColumn[],
  context: CellContext,
): RowValues {
  const values = emptyValues();
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (column === undefined) return;
    if (column.role.kind === "theme") {
      readCell(cell, column, values, context);
      return;
    }
    if (filled(cell)) readCell(cell, column, values, context);
  });
  return values;
}

/** The plan column a mapped column shows, if it is one. */
export const planColumnOf = (column: MappedColumn): Column | undefined =>
  column.role.kind === "field" ? column.role.column : undefined;
