import { CONTENT_FIELDS } from "../../_internal/continue-rows";
import { writeInline } from "../../_internal/inline-marks";
import type { Run } from "../../content/content";
import type { ActionField } from "../../plan/column";
import type { MappedColumn } from "../column-role";
import type { CellRun, SourceRecord } from "../source-record";

const MARKS = ["bold", "italic", "underline", "superscript"] as const;

/** Fields whose cells become content or a timescale, the two that hold marks. */
const MARKED_FIELDS: ReadonlySet<ActionField> = /* @__PURE__ */ new Set<ActionField>([
  "title",
  "aim",
  "objective",
  ...CONTENT_FIELDS,
  "timescale",
  "progress",
  "nextSteps",
  "revisedTimescale",
]);

/** A piece of a run as a content run: a run of spaces alone shows no mark, so carries none. */
function lineRun(text: string, run: CellRun): Run {
  const out: Run = { text };
  if (!/\S/.test(text)) return out;
  for (const mark of MARKS) if (run[mark] === true) out[mark] = true;
  return out;
}

/**
 * A rich-text cell in core's mark notation, every `*`, `_` and `^` of its text escaped: read
 * back, its marks come from the runs alone and its text is as written. Line breaks are kept.
 */
export function cellNotation(runs: readonly CellRun[]): string {
  const out: string[] = [];
  let line: Run[] = [];
  for (const run of runs)
    run.text.split(/(\r\n|\n|\r)/).forEach((piece, i) => {
      if (i % 2 === 0) {
        if (piece.length > 0) line.push(lineRun(piece, run));
        return;
      }
      out.push(writeInline(line, true), piece);
      line = [];
    });
  out.push(writeInline(line, true));
  return out.join("");
}

/**
 * A cell's text as the content readers take it: a rich-text cell in escaped notation, any other
 * as written. Runs that do not join to the cell's text are not the cell's, so are not used.
 */
export function markedCell(record: SourceRecord, index: number): string {
  const text = record.cells[index] ?? "";
  const runs = record.runs?.[index];
  if (runs === undefined || runs.length === 0) return text;
  return runs.map((run) => run.text).join("") === text ? cellNotation(runs) : text;
}

const takesMarks = (column: MappedColumn | undefined): boolean =>
  column?.role.kind === "field" && MARKED_FIELDS.has(column.role.column.field);

/**
 * The record with its rich-text cells in content columns (wording, milestones, lead, timescale,
 * progress) written in escaped notation, so the readers keep their marks; other cells (numbers,
 * statuses, references, headings) as written, as their marks are not content.
 */
export function contentCells(record: SourceRecord, columns: readonly MappedColumn[]): SourceRecord {
  if (record.runs === undefined) return record;
  const cells = record.cells.map((cell, i) => (takesMarks(columns[i]) ? markedCell(record, i) : cell));
  return { ...record, cells };
}
