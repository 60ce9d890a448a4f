import {
  type Action,
  type ActionRow,
  CanonicalStatus,
  type Content,
  type CouncilProgress,
  type Issue,
  parseContent,
  parseMoney,
  parseOutcomeRefs,
  parseTimescale,
  parseYesNo,
  type RowProgress,
} from "@cja-kit/core";
import { parseCouncils } from "./council-text";
import type { CsvColumn } from "./csv-columns";

/** A data row of a plan CSV read into the parts the plan is built from. */
export type ReadRow = {
  number: string;
  action: Omit<Action, "number" | "rows">;
  row: ActionRow;
  progress: RowProgress;
  themeCells: Map<number, Map<string, string>>;
  issues: Issue[];
};

type Context = { framework: string; line: number; document: boolean; councils: Set<string> };

function located(issues: Issue[], context: Context, label: string): Issue[] {
  return issues.map((issue) => ({ ...issue, row: context.line, column: label }));
}

/** "2.4.2. (A1 & C3)" then the wording: a key-measure cell read back. */
function readMeasure(text: string, read: ReadRow, context: Context, label: string): void {
  const [first = "", ...rest] = text.split(/\r\n|\r|\n/);
  const continued = /^\d+(?:\.\d+)*\.?\s*cont(?:inued)?\.?\s*\/?$/i.exec(first.trim());
  if (continued !== null) {
    read.number = continued[0];
    const title = parseContent(rest.join("\n"));
    if (title.length > 0) read.action.title = title;
    return;
  }
  const match = /^(\d+(?:\.\d+)*\.?)\s*(\([^()]*\))?\s*(.*)$/s.exec(first.trim());
  read.number = match?.[1] ?? "";
  const refs = match?.[2];
  if (refs !== undefined) {
    const parsed = parseOutcomeRefs(refs, { framework: context.framework });
    read.action.outcomeRefs = parsed.value;
    read.issues.push(...located(parsed.issues, context, label));
  }
  const title = parseContent([match === null ? first : (match[3] ?? ""), ...rest].join("\n"));
  if (title.length > 0) read.action.title = title;
}

/** Progress in a document layout: bold council names start per-council parts. */
function readDocumentProgress(
  content: Content,
  councils: Set<string>,
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

function readProgressPart(
  column: CsvColumn & { kind: "progress" },
  text: string,
  read: ReadRow,
  context: Context,
): void {
  const problem = (code: string, message: string) =>
    read.issues.push({
      code,
      severity: "warning",
      message,
      path: [],
      row: context.line,
      column: column.label,
    });
  switch (column.part) {
    case "byCouncil": {
      const { parts, stray } = parseCouncils(text);
      read.progress.byCouncil = parts;
      if (stray.length > 0)
        problem(
          "csv/council-text-without-council",
          `"${stray.slice(0, 60)}" comes before any "## Council" line; it was added to the progress narrative.`,
        );
      if (stray.length > 0)
        read.progress.progress = [...(read.progress.progress ?? []), ...parseContent(stray)];
      return;
    }
    case "statusWording":
      read.progress.statusWording = text;
      return;
    case "status": {
      const status = CanonicalStatus.safeParse(text.trim());
      if (status.success) read.progress.status = { raw: "", status: status.data, rule: "" };
      else
        problem(
          "csv/unknown-status",
          `"${text}" is not a status; use one of ${CanonicalStatus.options.join(", ")}. The status is read from the wording instead.`,
        );
      return;
    }
    case "statusRule":
      if (read.progress.status !== undefined) read.progress.status.rule = text.trim();
      return;
    case "percentComplete": {
      const value = Number(text.replace(/%\s*$/, ""));
      if (Number.isFinite(value) && value >= 0 && value <= 100) read.progress.percentComplete = value;
      else problem("csv/bad-percentage", `"${text}" is not a percentage from 0 to 100; it was left out.`);
      return;
    }
  }
}

function readField(
  column: CsvColumn & { kind: "field" },
  text: string,
  read: ReadRow,
  context: Context,
): void {
  const { field, key } = column.column;
  const parsedInto = <T>(parsed: { value: T; issues: Issue[] }) => {
    read.issues.push(...located(parsed.issues, context, column.label));
    return parsed.value;
  };
  switch (field) {
    case "measure":
      readMeasure(text, read, context, column.label);
      return;
    case "number":
      read.number = text.trim();
      return;
    case "outcomeRefs":
      read.action.outcomeRefs = parsedInto(parseOutcomeRefs(text, { framework: context.framework }));
      return;
    case "title":
    case "aim":
    case "objective":
      read.action[field] = parseContent(text);
      return;
    case "timescale":
      read.row.timescale = parsedInto(parseTimescale(text));
      return;
    case "resources":
      read.row.resources = parsedInto(parseMoney(text));
      return;
    case "flag":
      read.row.flags = { ...read.row.flags, [key ?? column.label]: parseYesNo(text) };
      return;
    case "progress": {
      const content = parseContent(text);
      Object.assign(
        read.progress,
        context.document ? readDocumentProgress(content, context.councils) : { progress: content },
      );
      return;
    }
    case "nextSteps":
      read.progress.nextSteps = parseContent(text);
      return;
    default:
      read.row[field] = parseContent(text);
  }
}

/** Reads the cells of one data row. Empty cells leave their fields absent. */
export function readCells(
  columns: readonly CsvColumn[],
  cells: readonly string[],
  context: Context,
): ReadRow {
  const read: ReadRow = { number: "", action: {}, row: {}, progress: {}, themeCells: new Map(), issues: [] };
  cells.forEach((cell, index) => {
    const column = columns[index] ?? { kind: "extra", label: `Column ${index + 1}` };
    if (column.kind === "theme") {
      const level = read.themeCells.get(column.level) ?? new Map<string, string>();
      read.themeCells.set(column.level, level.set(column.part, cell));
      return;
    }
    if (cell.length === 0) return;
    if (column.kind === "field") readField(column, cell, read, context);
    else if (column.kind === "progress") readProgressPart(column, cell, read, context);
    else read.row.extra = { ...read.row.extra, [column.label]: cell };
  });
  return read;
}
