import { checkedFrom } from "../_internal/checked";
import type { Checked, Issue } from "../issue/issue";
import { headingKey } from "../plan/match-field";
import { cellNotes } from "./_internal/cell-checks";
import { countFilled, filled, type Tally } from "./_internal/tally";
import type { HeadingMap, MappedColumn } from "./column-role";
import type { HeadingMatcher } from "./heading-role";
import type { TableSettings } from "./import-options";
import { type ExtraColumns, headingLabel, mapHeadings, widenMap } from "./map-headings";
import type { ImportResult, MappingReport } from "./mapping-report";
import type { SourceItem, SourceRecord } from "./source-record";

/** Rows the engine may look at before it takes the heading row. */
const HEADER_SEARCH = 20;

/** What a kind of table (plan, progress, committee report) does with its rows; S is its own state. */
export type TableKind<S, T> = {
  /** What the table should have been, for messages: "a plan table". */
  noun: string;
  matcher: HeadingMatcher;
  /** What it does with columns none of its headings names: kept (and where) or not read. */
  extras: ExtraColumns;
  /** Starts reading with the heading map; `usable: false` when no row can be read (the issues say why). */
  start(map: HeadingMap): { state: S; map: HeadingMap; issues: Issue[]; usable: boolean };
  /** A data row, with something in it; the kind counts each of its cells placed or reported. */
  row(state: S, record: SourceRecord, map: HeadingMap, tally: Tally): void;
  /** The value, with the kind's issues and what it reports of the rows. */
  finish(
    state: S,
    tally: Tally,
  ): {
    result: Checked<T>;
    rows: Partial<MappingReport["rows"]>;
    columns?: readonly MappedColumn[];
  };
};

type Engine<S> = {
  settings: TableSettings;
  issues: Issue[];
  pending: SourceRecord[];
  map?: HeadingMap;
  state?: S;
  usable: boolean;
  tally: Tally;
  data: number;
  blank: number;
  aboveHeading: number[];
  skipped: number[];
  /** A row that scores as headings but may be a group row over the real heading row: the next row decides. */
  grouped: boolean;
};

/** Whether a cell is a heading the caller or the kind knows. */
function knownHeading<S, T>(kind: TableKind<S, T>, engine: Engine<S>, cell: string | undefined): boolean {
  if (cell === undefined || !filled(cell)) return false;
  return engine.settings.headings.has(headingKey(cell)) || kind.matcher(headingLabel(cell, 0)) !== undefined;
}

/** An import over items pushed one at a time: the whole-file and stream drivers both use it. */
export type TableEngine<T> = { push(item: SourceItem): void; finish(): ImportResult<T> };

const located = (row: number, column?: string, actual?: string) => ({
  path: [],
  row,
  ...(column === undefined ? {} : { column }),
  ...(actual === undefined ? {} : { actual: actual.slice(0, 80) }),
});

function score<S, T>(kind: TableKind<S, T>, engine: Engine<S>, record: SourceRecord): number {
  if (record.cells.length > engine.settings.maxColumns) return 0;
  return record.cells.filter((cell) => knownHeading(kind, engine, cell)).length;
}

function aboveHeading<S>(engine: Engine<S>, record: SourceRecord, headingRow: number): void {
  const count = countFilled(record.cells);
  if (count === 0) return;
  engine.tally.nonEmpty += count;
  engine.tally.reported += count;
  engine.aboveHeading.push(record.row);
  const text = record.cells.filter(filled).join(" | ");
  engine.issues.push({
    code: "table/above-heading-row",
    severity: "info",
    message: `Row ${record.row} is above the heading row (row ${headingRow}) and not part of the table: "${text.slice(0, 80)}".`,
    ...located(record.row, undefined, text),
  });
}

function tooWideHeader<S>(engine: Engine<S>, record: SourceRecord): Issue {
  return {
    code: "table/too-many-columns",
    severity: "error",
    message: `The heading row has more than ${engine.settings.maxColumns.toLocaleString("en-GB")} columns; at most ${engine.settings.maxColumns.toLocaleString("en-GB")} are read (maxColumns). The rows were not read.`,
    ...located(record.row),
  };
}

function noKnownHeading(noun: string, record: SourceRecord): Issue {
  const headings = record.cells
    .filter(filled)
    .slice(0, 6)
    .map((c) => `"${headingLabel(c, 0)}"`);
  return {
    code: "table/no-known-headings",
    severity: "error",
    message: `None of the headings of row ${record.row} (${headings.join(", ")}) names a column of ${noun}. Pass the headings option to say what each holds, e.g. { ${headings[0] ?? '"Action"'}: "title", ${headings[1] ?? '"Due"'}: "timescale" }, or rename them (see the headings the reader knows in docs/csv.md).`,
    ...located(record.row),
  };
}

function startTable<S, T>(kind: TableKind<S, T>, engine: Engine<S>, header: SourceRecord): void {
  if (header.cells.length > engine.settings.maxColumns) {
    engine.issues.push(tooWideHeader(engine, header));
    engine.map = { row: header.row, layout: "flat", columns: [] };
    return;
  }
  const mapped = mapHeadings(header.cells, header.row, kind.matcher, engine.settings, kind.extras);
  engine.issues.push(...mapped.issues);
  const known = mapped.value.columns.some((c) => c.matchedBy !== "none");
  if (!known) engine.issues.push(noKnownHeading(kind.noun, header));
  const started = kind.start(mapped.value);
  engine.issues.push(...started.issues);
  engine.map = started.map;
  engine.state = started.state;
  engine.usable =
    known &&
    started.usable &&
    !engine.issues.some((i) => i.code === "table/unknown-heading" && i.severity === "error");
}

type Scored = { record: SourceRecord; score: number };

/**
 * How many different known headings a row has: a row that says one heading twice ("Complete",
 * "Complete": more likely two statuses) is no more evidence of a heading row than one that says it once.
 */
function distinctHeadings<S, T>(kind: TableKind<S, T>, engine: Engine<S>, record: SourceRecord): number {
  const known = record.cells.filter((cell) => knownHeading(kind, engine, cell));
  return new Set(known.map(headingKey)).size;
}

/**
 * The heading row under a group row ("Action" merged over "No. | Action"): the next row with
 * something in it, when it scores at least as well and has headings where the group row is merged
 * across or blank.
 */
function underGroup<S, T>(kind: TableKind<S, T>, engine: Engine<S>, best: Scored): Scored | undefined {
  const at = engine.pending.indexOf(best.record);
  const next = engine.pending.slice(at + 1).find((r) => countFilled(r.cells) > 0);
  if (next === undefined) return undefined;
  const scored = { record: next, score: score(kind, engine, next) };
  if (distinctHeadings(kind, engine, next) < Math.max(2, best.score)) return undefined;
  const spanned = (best.record.spans ?? []).some((span) => span.columns >= 2);
  const underBlank = next.cells.some(
    (cell, i) => !filled(best.record.cells[i]) && knownHeading(kind, engine, cell),
  );
  return spanned || underBlank ? scored : undefined;
}

/** The groups of a group row: each label with the columns it spans (merged, or up to the next label). */
function groupsOf(group: SourceRecord, width: number): string[] {
  const starts = group.cells.flatMap((cell, i) => (filled(cell) ? [i] : []));
  return starts.map((start, n) => {
    const span = (group.spans ?? []).find((s) => s.column === start);
    const end = span === undefined ? (starts[n + 1] ?? width) - 1 : start + span.columns - 1;
    const columns = end > start ? `columns ${start + 1}-${end + 1}` : `column ${start + 1}`;
    return `"${(group.cells[start] ?? "").trim().slice(0, 40)}" over ${columns}`;
  });
}

function groupRow<S>(engine: Engine<S>, group: SourceRecord, heading: SourceRecord): void {
  const count = countFilled(group.cells);
  engine.tally.nonEmpty += count;
  engine.tally.reported += count;
  engine.aboveHeading.push(group.row);
  const groups = groupsOf(group, Math.max(group.cells.length, heading.cells.length));
  engine.issues.push({
    code: "table/group-heading-row",
    severity: "info",
    message: `Row ${group.row} is a group row over the headings under it (${groups.join(", ")}); the headings are read from row ${heading.row}, and the group labels are not part of any column.`,
    ...located(group.row, undefined, group.cells.filter(filled).join(" | ")),
  });
}

/** Takes the heading row from the rows seen so far: the first with two known headings, else one, else the first; a group row gives way to the heading row under it. */
function chooseHeading<S, T>(kind: TableKind<S, T>, engine: Engine<S>): void {
  const scored = engine.pending.map((record) => ({ record, score: score(kind, engine, record) }));
  const first =
    scored.find((s) => s.score >= 2) ??
    scored.find((s) => s.score >= 1) ??
    scored.find((s) => countFilled(s.record.cells) > 0);
  if (first === undefined) return;
  const under = underGroup(kind, engine, first);
  const best = under ?? first;
  const at = engine.pending.indexOf(best.record);
  for (const record of engine.pending.slice(0, at)) {
    if (record === first.record && under !== undefined) groupRow(engine, record, best.record);
    else aboveHeading(engine, record, best.record.row);
  }
  startTable(kind, engine, best.record);
  const rest = engine.pending.slice(at + 1);
  engine.pending = [];
  for (const record of rest) dataRow(kind, engine, record);
}

/** Whether a row of headings may be a group row: merged across columns, or with blank cells between or after its labels. */
const groupLike = (record: SourceRecord): boolean =>
  (record.spans ?? []).some((span) => span.columns >= 2) || countFilled(record.cells) < record.cells.length;

function seek<S, T>(kind: TableKind<S, T>, engine: Engine<S>, record: SourceRecord): void {
  engine.pending.push(record);
  const filledCount = countFilled(record.cells);
  const seen = engine.pending.filter((r) => countFilled(r.cells) > 0).length;
  if (engine.grouped && filledCount > 0) {
    chooseHeading(kind, engine);
    return;
  }
  if (score(kind, engine, record) >= 2) {
    if (groupLike(record)) engine.grouped = true;
    else chooseHeading(kind, engine);
    return;
  }
  if (seen >= HEADER_SEARCH) chooseHeading(kind, engine);
}

function unread<S>(engine: Engine<S>, record: SourceRecord, issue?: Issue): void {
  const count = countFilled(record.cells);
  engine.tally.nonEmpty += count;
  engine.tally.reported += count;
  if (issue === undefined) return;
  engine.issues.push(issue);
  engine.skipped.push(record.row);
}

function tooLong<S>(engine: Engine<S>, record: SourceRecord, map: HeadingMap): Issue | undefined {
  const at = record.cells.findIndex((cell) => cell.length > engine.settings.maxCellLength);
  if (at < 0) return undefined;
  return {
    code: "table/cell-too-large",
    severity: "error",
    message: `This cell holds ${(record.cells[at]?.length ?? 0).toLocaleString("en-GB")} characters; at most ${engine.settings.maxCellLength.toLocaleString("en-GB")} are read (maxCellLength). The row was left out.`,
    ...located(record.row, map.columns[at]?.key ?? `Column ${at + 1}`),
  };
}

/** A row wider than maxColumns is read up to it; the cells beyond are reported. */
function narrowed<S>(engine: Engine<S>, record: SourceRecord): SourceRecord {
  const max = engine.settings.maxColumns;
  if (record.cells.length <= max) return record;
  const beyond = countFilled(record.cells.slice(max));
  engine.tally.nonEmpty += beyond;
  engine.tally.reported += beyond;
  engine.issues.push({
    code: "table/too-many-columns",
    severity: "error",
    message: `This row has more than ${max} cells; at most ${max} are read (maxColumns), so the cells from column ${max + 1} on were left out.`,
    ...located(record.row, `Column ${max + 1}`),
  });
  return { ...record, cells: record.cells.slice(0, max) };
}

function ragged<S>(engine: Engine<S>, record: SourceRecord, width: number, extras: ExtraColumns): void {
  if (record.cells.length === width) return;
  const beyond = extras.kept ? "extra cells are kept as extra columns" : "extra cells are not read";
  engine.issues.push({
    code: "table/ragged-row",
    severity: "warning",
    message: `This row has ${record.cells.length} cell${record.cells.length === 1 ? "" : "s"} but the heading row has ${width}; missing cells are read as empty and ${beyond}.`,
    ...located(record.row),
  });
}

function dataRow<S, T>(kind: TableKind<S, T>, engine: Engine<S>, raw: SourceRecord): void {
  const map = engine.map as HeadingMap;
  if (!engine.usable || engine.state === undefined) {
    unread(engine, raw);
    return;
  }
  const record = narrowed(engine, raw);
  const count = countFilled(record.cells);
  if (count === 0) {
    engine.blank += 1;
    return;
  }
  const long = tooLong(engine, record, map);
  if (long !== undefined) {
    unread(engine, record, long);
    return;
  }
  engine.tally.nonEmpty += count;
  engine.data += 1;
  ragged(engine, record, map.columns.length, kind.extras);
  engine.map = widenMap(map, record.cells.length, kind.extras);
  record.cells.forEach((cell, i) => {
    if (!filled(cell)) return;
    const notes = cellNotes(cell, record.row, engine.map?.columns[i]?.key ?? "");
    if (notes.length > 0) engine.issues.push(...notes);
  });
  kind.row(engine.state, record, engine.map, engine.tally);
}

function noHeading(noun: string): Issue {
  return {
    code: "table/no-heading-row",
    severity: "error",
    message: `The file has no heading row; ${noun} starts with a row of column headings.`,
    path: [],
  };
}

function noRows<S>(engine: Engine<S>): Issue[] {
  if (!engine.usable || engine.data > 0 || engine.map === undefined) return [];
  return [
    {
      code: "table/no-rows",
      severity: "warning",
      message: "The table has a heading row but no rows under it: nothing was read.",
      path: [],
      row: engine.map.row,
    },
  ];
}

function unaccounted(tally: Tally): Issue[] {
  if (tally.nonEmpty === tally.placed + tally.reported) return [];
  return [
    {
      code: "table/cells-unaccounted",
      severity: "error",
      message: `Of ${tally.nonEmpty} non-empty cells, ${tally.placed} were placed and ${tally.reported} reported: ${tally.nonEmpty - tally.placed - tally.reported} are unaccounted for. This is a bug in cja-kit; please report it with the file.`,
      path: [],
    },
  ];
}

function report<S>(
  engine: Engine<S>,
  rows: Partial<MappingReport["rows"]>,
  columns?: readonly MappedColumn[],
): MappingReport {
  return {
    ...(engine.map === undefined ? {} : { headingRow: engine.map.row, layout: engine.map.layout }),
    columns: columns ?? engine.map?.columns ?? [],
    rows: {
      data: engine.data,
      blank: engine.blank,
      aboveHeading: engine.aboveHeading,
      skipped: [...engine.skipped, ...(rows.skipped ?? [])],
      headings: rows.headings ?? [],
      filled: rows.filled ?? [],
      numbered: rows.numbered ?? [],
    },
    cells: { ...engine.tally },
  };
}

function finishTable<S, T>(kind: TableKind<S, T>, engine: Engine<S>): ImportResult<T> {
  if (engine.map === undefined) chooseHeading(kind, engine);
  if (engine.map === undefined) {
    const issues = [...engine.issues, noHeading(kind.noun)];
    return { ok: false, issues, report: report(engine, {}) };
  }
  const done = engine.state === undefined ? undefined : kind.finish(engine.state, engine.tally);
  const issues = [
    ...engine.issues,
    ...noRows(engine),
    ...(done?.result.issues ?? []),
    ...unaccounted(engine.tally),
  ];
  const value = done?.result.ok === true && engine.usable ? done.result.value : undefined;
  const result = value === undefined ? { ok: false as const, issues } : checkedFrom(value, issues);
  return { ...result, report: report(engine, done?.rows ?? {}, done?.columns) };
}

/**
 * The one import engine: items are pushed in file order (adapter issues kept as they come), the
 * heading row is taken from the first rows (rows above it reported), each data row is checked
 * (width, cell length, control characters, formula-like text) and handed to the kind of table,
 * and the result carries every issue and the mapping report. Whole-file and stream drivers loop
 * over the same `push`.
 */
export function tableEngine<S, T>(kind: TableKind<S, T>, settings: TableSettings): TableEngine<T> {
  const engine: Engine<S> = {
    settings,
    issues: [],
    pending: [],
    usable: false,
    tally: { nonEmpty: 0, placed: 0, reported: 0 },
    data: 0,
    blank: 0,
    aboveHeading: [],
    skipped: [],
    grouped: false,
  };
  return {
    push(item) {
      if ("issue" in item) engine.issues.push(item.issue);
      else if (engine.map === undefined) seek(kind, engine, item);
      else dataRow(kind, engine, item);
    },
    finish: () => finishTable(kind, engine),
  };
}
