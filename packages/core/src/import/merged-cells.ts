import type { Issue } from "../issue/issue";
import type { ActionField } from "../plan/column";
import { filled } from "./_internal/tally";
import type { HeadingMap } from "./column-role";
import type { MappingReport } from "./mapping-report";
import type { PlanState } from "./plan-state";
import type { SourceRecord } from "./source-record";
import { PROGRESS_FIELDS } from "./table-kinds";

const ACTION_FIELDS = /* @__PURE__ */ new Set<ActionField>([
  "measure",
  "number",
  "title",
  "outcomeRefs",
  "aim",
  "objective",
]);

// A table's heading map is the same for row after row: its row columns are found once.
const ROW_COLUMNS = /* @__PURE__ */ new WeakMap<HeadingMap, readonly number[]>();

/** The columns of a row's own cells (timescale, lead, flags, extra columns…), which a merged cell may span. */
export function rowColumns(map: HeadingMap): readonly number[] {
  const known = ROW_COLUMNS.get(map);
  if (known !== undefined) return known;
  const columns = map.columns.flatMap((column) =>
    column.role.kind === "field" &&
    !ACTION_FIELDS.has(column.role.column.field) &&
    !PROGRESS_FIELDS.has(column.role.column.field)
      ? [column.index]
      : [],
  );
  ROW_COLUMNS.set(map, columns);
  return columns;
}

/** Whether a row starts an action: it has a number or wording of an action. */
export function startsAction(cells: readonly string[], map: HeadingMap): boolean {
  return map.columns.some(
    (column) =>
      column.role.kind === "field" &&
      ACTION_FIELDS.has(column.role.column.field) &&
      filled(cells[column.index]),
  );
}

type Filled = { record: SourceRecord; copied: ReadonlySet<number> };

/** No cell copied: most rows' answer, one set for them all. */
const NONE_COPIED: ReadonlySet<number> = /* @__PURE__ */ new Set<number>();

function copy(
  record: SourceRecord,
  from: (index: number) => string | undefined,
  indexes: readonly number[],
): Filled {
  const cells = [...record.cells];
  const copied = new Set<number>();
  for (const index of indexes) {
    const text = from(index);
    if (filled(text) && !filled(cells[index])) {
      while (cells.length <= index) cells.push("");
      cells[index] = text;
      copied.add(index);
    }
  }
  return { record: { ...record, cells }, copied };
}

/** Cells a source says are merged over several rows (XLSX spans): the empty ones below take the value. */
function fromSpans(state: PlanState, record: SourceRecord, map: HeadingMap): Filled {
  const covered = [...state.spans.entries()]
    .filter(([, span]) => span.until >= record.row)
    .map(([index]) => index);
  const filledIn = copy(record, (index) => state.spans.get(index)?.text, covered);
  for (const span of record.spans ?? [])
    if (span.rows > 1)
      state.spans.set(span.column, {
        text: record.cells[span.column] ?? "",
        until: record.row + span.rows - 1,
        from: record.row,
      });
  note(state, filledIn, map, state.spans.get([...filledIn.copied][0] ?? -1)?.from ?? record.row);
  return filledIn;
}

function note(state: PlanState, done: Filled, map: HeadingMap, from: number): void {
  if (done.copied.size === 0) return;
  const columns = [...done.copied].map((i) => map.columns[i]?.key ?? `Column ${i + 1}`);
  state.filled.push({ row: done.record.row, from, columns });
}

/**
 * A row with the cells a merged cell left empty filled in. Where the source gives merges (XLSX),
 * exactly those; otherwise (CSV) a new action whose row cells are all empty, under an action that
 * has some, takes them from it, as Excel saves a merged cell's value in its first row only
 * (`mergedCells: "keep-empty"` turns this off). Filled cells are read, not counted as input.
 */
export function fillMerged(state: PlanState, record: SourceRecord, map: HeadingMap): Filled {
  if (record.spans !== undefined) state.sawSpans = true;
  if (state.sawSpans) return fromSpans(state, record, map);
  const columns = rowColumns(map);
  if (!startsAction(record.cells, map) || columns.length === 0) return { record, copied: NONE_COPIED };
  const empty = columns.every((i) => !filled(record.cells[i]));
  const source = state.lastStart;
  const merge =
    state.settings.mergedCells === "fill" && map.layout !== "canonical" && empty && source !== undefined;
  if (!merge || source === undefined) {
    state.lastStart = record;
    return { record, copied: NONE_COPIED };
  }
  const done = copy(record, (i) => source.cells[i], columns);
  note(state, done, map, source.row);
  return done;
}

/** One info issue per block of rows filled from the same row. */
export function filledIssues(filledRows: MappingReport["rows"]["filled"]): Issue[] {
  const blocks = new Map<number, Array<(typeof filledRows)[number]>>();
  for (const entry of filledRows) {
    const block = blocks.get(entry.from) ?? [];
    block.push(entry);
    blocks.set(entry.from, block);
  }
  return [...blocks.entries()].map(([from, rows]) => {
    const columns = [...new Set(rows.flatMap((r) => r.columns))];
    const span = rows.length === 1 ? `Row ${rows[0]?.row}` : `Rows ${rows[0]?.row}-${rows.at(-1)?.row}`;
    return {
      code: "table/merged-cells-filled",
      severity: "info" as const,
      message: `${span} had no ${columns.map((c) => `"${c}"`).join(", ")}; read as cells merged with row ${from} (a merged cell saved as CSV keeps its value in its first row only) and given its values. Pass mergedCells: "keep-empty" if they were meant to be empty.`,
      path: [],
      row: rows[0]?.row ?? from,
      column: columns[0] ?? "",
    };
  });
}
