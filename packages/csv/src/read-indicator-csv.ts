import {
  type Checked,
  hasErrors,
  type IndicatorLongRow,
  type IndicatorSet,
  type Issue,
  indicatorColumns,
  indicatorsFromLongRows,
  indicatorsFromWideTable,
  type Parsed,
  type SourceRecord,
} from "@cja-kit/core";
import { checkInput, checkObjectOption } from "./_internal/arguments";
import { csvRecords } from "./_internal/csv-records";
import { type ExtraKey, extraColumns, labelKey, withExtras } from "./_internal/indicator-extra";
import { checkReadOptions, indicatorReadRules } from "./_internal/option-checks";
import { withinLimits } from "./_internal/record-limits";
import type { IndicatorCsvLayout, ReadIndicatorCsvOptions } from "./csv-options";

type LongKey = keyof IndicatorLongRow;

/** The long table's headings by key: the indicator columns, Period and Value. */
const LONG_KEYS = /* @__PURE__ */ new Map<string, LongKey>([
  ...indicatorColumns.map(({ field, label }) => [labelKey(label), field] as const),
  ["period", "period"],
  ["value", "value"],
]);

/** The records with cells (blank rows left out) and the issues the file's reading gave. */
function split(input: string | Uint8Array, options: ReadIndicatorCsvOptions) {
  const records: SourceRecord[] = [];
  const issues: Issue[] = [];
  for (const item of csvRecords(input, options)) {
    if ("issue" in item) {
      issues.push(item.issue);
      continue;
    }
    if (!item.cells.some((cell) => cell.trim() !== "")) continue;
    const held = withinLimits(item, options);
    issues.push(...held.issues);
    if (held.record !== undefined) records.push(held.record);
  }
  return { records, issues };
}

function layoutOf(header: readonly string[], given: IndicatorCsvLayout | undefined): IndicatorCsvLayout {
  if (given !== undefined) return given;
  const keys = new Set(header.map((heading) => LONG_KEYS.get(labelKey(heading))));
  return keys.has("period") && keys.has("value") ? "long" : "wide";
}

/** A column of a long table no field is known by: its cells are not read, and the issue says so. */
function unknownColumn(heading: string, column: number, filled: number): Issue {
  return {
    code: "csv/unknown-indicator-column",
    severity: "warning",
    message: `The column "${heading.slice(0, 80)}" is not a column of the long indicator table (Id, Indicator, …, Period, Value), or repeats one; its ${filled} filled cells were not read: rename it or write the wide table.`,
    path: [],
    column: heading.slice(0, 80),
    actual: String(column + 1),
  };
}

function readLong(header: readonly string[], body: Table["rows"]): Parsed<IndicatorSet["indicators"]> {
  const seen = new Set<LongKey>();
  // A second column of the same field is not read over the first: it is reported with the unknown ones.
  const keys = header.map((heading) => {
    const key = LONG_KEYS.get(labelKey(heading));
    if (key === undefined || seen.has(key)) return undefined;
    seen.add(key);
    return key;
  });
  const issues = keys.flatMap((key, column) => {
    const filled = body.filter((record) => (record.cells[column] ?? "").trim() !== "").length;
    return key === undefined && filled > 0 ? [unknownColumn(header[column] ?? "", column, filled)] : [];
  });
  const rows = body.map((record) => {
    const row: Partial<IndicatorLongRow> = {};
    keys.forEach((key, column) => {
      if (key !== undefined) row[key] = record.cells[column] ?? "";
    });
    return row;
  });
  const read = indicatorsFromLongRows(rows);
  return { value: read.value, issues: [...issues, ...read.issues] };
}

/** A row naming an indicator column (`Indicator` or `Id`): the header, where a statistics table has its title above it. */
const isHeader = (cells: readonly string[]) =>
  cells.some((cell) => ["indicator", "id"].includes(labelKey(cell)));

/** The header (the first row naming an indicator column, else the first row), the rows under it, and an issue for each row above it. */
function headerOf(records: readonly SourceRecord[]) {
  const found = records.findIndex((record) => isHeader(record.cells));
  const at = found === -1 ? 0 : found;
  const above = records.slice(0, at).map(
    (record): Issue => ({
      code: "csv/row-above-header",
      severity: "warning",
      message: `Row ${record.row} is above the table's header (the row with an Indicator or Id column), as a title or note is; it was not read as an indicator.`,
      path: [],
      row: record.row,
      actual: record.cells.join(" ").trim().slice(0, 120),
    }),
  );
  return { head: records[at], body: records.slice(at + 1), above };
}

/** A file that gives no indicator says why: no rows at all, none under its header, or none naming an indicator. */
function nothingRead(head: SourceRecord | undefined, body: readonly SourceRecord[]): Issue {
  if (head === undefined)
    return {
      code: "table/no-heading-row",
      severity: "error",
      message:
        "The file holds no rows; an indicator table starts with a row of headings (Indicator and one column per period, or Id, Indicator, Period and Value).",
      path: [],
    };
  const heading = head.cells
    .filter((cell) => cell.trim() !== "")
    .join(", ")
    .slice(0, 80);
  if (body.length === 0)
    return {
      code: "table/no-rows",
      severity: "warning",
      message: `Row ${head.row} ("${heading}") was taken as the table's heading row and no rows are under it: no indicator was read.`,
      path: [],
      row: head.row,
    };
  return {
    code: "indicator/none-read",
    severity: "warning",
    message: `${body.length === 1 ? "The row" : `None of the ${body.length} rows`} under the heading row (row ${head.row}) gave ${body.length === 1 ? "no" : "an"} indicator (the issues name each row): the set has no indicators.`,
    path: [],
    row: head.row,
  };
}

type Table = { header: string[]; rows: Array<{ row: number; cells: string[] }> };
type Extras = Array<Partial<Record<ExtraKey, string>>>;

/** The table without its extra columns (core reads the rest), and each row's extra cells. */
function takeExtras(table: Table): { table: Table; extras: Extras } {
  const at = new Map<number, ExtraKey>();
  for (const { key, label } of extraColumns) {
    const column = table.header.findIndex((heading) => labelKey(heading) === labelKey(label));
    if (column !== -1) at.set(column, key);
  }
  const keep = (cells: readonly string[]) => cells.filter((_, column) => !at.has(column));
  const extras = table.rows.map(({ cells }) => {
    const found: Partial<Record<ExtraKey, string>> = {};
    for (const [column, key] of at) found[key] = cells[column] ?? "";
    return found;
  });
  return {
    table: {
      header: keep(table.header),
      rows: table.rows.map((r) => ({ row: r.row, cells: keep(r.cells) })),
    },
    extras,
  };
}

/** Each row's indicator, as core groups them: wide, each row with a name or id; long, rows of one id (or name). */
function rowKeys(table: Table, long: boolean): string[] {
  const column = (label: string) => table.header.findIndex((h) => labelKey(h) === labelKey(label));
  const [id, name] = [column("Id"), column("Indicator")];
  return table.rows.map(({ cells }, index) => {
    const key = cells[id]?.trim() || cells[name]?.trim() || "";
    return long ? key || `row-${index + 1}` : key === "" ? "" : `row-${index + 1}`;
  });
}

/** A later row of an indicator whose extra cell differs from its first row's: the first is kept, as core keeps its fields. */
function extraConflicts(
  extras: Extras,
  keys: readonly string[],
  fileRow: (index: number) => number,
): Issue[] {
  const first = new Map<string, number>();
  return keys.flatMap((key, index): Issue[] => {
    const at = first.get(key);
    if (at === undefined) first.set(key, index);
    if (at === undefined || key === "") return [];
    return extraColumns.flatMap(({ key: field, label }): Issue[] => {
      const [kept, given] = [extras[at]?.[field]?.trim() ?? "", extras[index]?.[field]?.trim() ?? ""];
      if (given === "" || given === kept) return [];
      return [
        {
          code: "indicator/conflicting-field",
          severity: "warning",
          message: `${label} "${given.slice(0, 200)}" differs from the indicator's first row ("${kept.slice(0, 200)}"); the first row's is kept.`,
          path: [field],
          row: fileRow(index),
          column: label,
          actual: given.slice(0, 200),
        },
      ];
    });
  });
}

/**
 * Reads an indicator set's indicators from CSV, as {@link writeIndicatorCsv} writes them or an
 * officer keeps them: the wide table (one row per indicator, a column per period headed as the
 * source heads it, "2016-17 7,8" with its footnote markers) or the long table (a row per indicator
 * per period, with Period and Value columns), found from the headings unless given. Each figure is
 * kept as written (`20,508`, `..` not available) beside the number read from it; periods of every
 * kind are read (financial years, quarters, half-years, six-monthly updates, date ranges) and one
 * that cannot be read is kept as written, with a warning. The set's title, body and period come
 * from `options.set`.
 *
 * @param input - The file's text or bytes.
 * @param options - The set the indicators belong to, the table, and how the file is read.
 * @returns The set, or not `ok` where an error was met; issues `indicator/unnamed-row`,
 * `indicator/conflicting-field`, `indicator/missing-period`, `csv/unknown-indicator-column`,
 * `csv/row-above-header` (a title or note above the header, which is the first row with an
 * `Indicator` or `Id` column),
 * `table/too-many-columns` and `table/cell-too-large` (the `maxColumns` and `maxCellLength` limits),
 * and, where no indicator is read, `table/no-heading-row` (an error: the file holds no rows),
 * `table/no-rows` (nothing under the header) or `indicator/none-read` (no row gave an indicator),
 * figure and period warnings, and the file's own (`csv/malformed-row`, encoding), with the row
 * of the file (from 1, the header's row 1).
 * @throws CjaKitError `usage/invalid-argument` when `input` is not a string or a Uint8Array, or `options` is not an object (or names an encoding or delimiter it does not know), or `options.set` is not an object; an option of the wrong type (`maxColumns: -1`, `layout: "tall"`) is refused, naming it.
 * @example
 * ```ts
 * const read = readIndicatorCsv(csv, { set: { title: "Orders commenced", authority } });
 * if (read.ok) read.value.indicators.length;
 * ```
 */
export function readIndicatorCsv(
  input: string | Uint8Array,
  options: ReadIndicatorCsvOptions,
): Checked<IndicatorSet> {
  checkInput(input, "readIndicatorCsv");
  checkObjectOption(options, "set", "readIndicatorCsv");
  checkReadOptions(options, indicatorReadRules, "readIndicatorCsv");
  const { records, issues } = split(input, options);
  const { head, body, above } = headerOf(records);
  issues.push(...above);
  const { table, extras } = takeExtras({
    header: [...(head?.cells ?? [])],
    rows: body.map((record) => ({ row: record.row, cells: [...record.cells] })),
  });
  const long = layoutOf(table.header, options.layout) === "long";
  const read = long
    ? readLong(table.header, table.rows)
    : indicatorsFromWideTable({ header: table.header, rows: table.rows.map((r) => r.cells) });
  // Core counts rows from 0 in the rows it was given; a file's rows are counted as the file has them.
  const fileRow = (index: number) => table.rows[index]?.row ?? index;
  const located = read.issues.map((issue) =>
    issue.row === undefined ? issue : { ...issue, row: fileRow(issue.row) },
  );
  const keys = rowKeys(table, long);
  const seen = new Set<string>();
  // Linear: a set of keys seen, never a search of the rows before.
  const rows = keys.flatMap((key, index) => {
    if (key === "" || seen.has(key)) return [];
    seen.add(key);
    return [index];
  });
  located.push(...extraConflicts(extras, keys, fileRow));
  const indicators = read.value.map((indicator, i) => {
    const index = rows[i] ?? -1;
    const added = withExtras(indicator, extras[index] ?? {}, fileRow(index));
    located.push(...added.issues);
    return added.indicator;
  });
  if (indicators.length === 0) located.push(nothingRead(head, body));
  const all = [...issues, ...located];
  return hasErrors(all)
    ? { ok: false, issues: all }
    : { ok: true, value: { ...options.set, indicators }, issues: all };
}
