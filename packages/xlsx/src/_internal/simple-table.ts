import type { Issue, SourceItem, SourceRecord } from "@cja-kit/core";
import { columnLetters } from "./column-letters";

/** A table read from a sheet's records: its heading cells, its rows and their sheet rows, and the issues met. */
export type SimpleTable = { header: string[]; rows: string[][]; rowNumbers: number[]; issues: Issue[] };

/** The rows the heading row is looked for in, as core's import does. */
const SEARCH = 20;

const filled = (cell: string) => cell.trim().length > 0;

function at(sheet: string | undefined, row: number, column?: number) {
  return {
    path: [],
    row,
    ...(sheet === undefined ? {} : { sheet }),
    ...(column === undefined ? {} : { column: columnLetters(column) }),
  };
}

function above(record: SourceRecord, heading: number, sheet: string | undefined): Issue {
  const text = record.cells.filter(filled).join(" | ");
  return {
    code: "table/above-heading-row",
    severity: "info",
    message: `Row ${record.row} comes before the heading row (row ${heading}) and is not part of the table: "${text.slice(0, 80)}".`,
    ...at(sheet, record.row),
    actual: text.slice(0, 200),
  };
}

function notRead(sheet: string | undefined, row: number, column: number, text: string): Issue {
  return {
    code: "table/cell-not-read",
    severity: "warning",
    message: `Cell ${columnLetters(column)}${row} holds "${text.slice(0, 80)}" but its column has no heading, so it is not read; give the column a heading.`,
    ...at(sheet, row, column),
    actual: text.slice(0, 200),
  };
}

/** Cells merged down over rows below their first (evidence from the sheet), copied into those rows. */
function fillDown(records: readonly SourceRecord[], issues: Issue[], sheet: string | undefined): string[][] {
  const rows = records.map((record) => [...record.cells]);
  const index = new Map(records.map((record, i) => [record.row, i]));
  records.forEach((record) => {
    for (const span of record.spans ?? []) {
      if (span.rows < 2) continue;
      const text = record.cells[span.column] ?? "";
      for (let row = record.row + 1; row < record.row + span.rows; row++) {
        const i = index.get(row);
        if (i === undefined || !filled(text)) continue;
        (rows[i] as string[])[span.column] = text;
      }
      if (filled(text))
        issues.push({
          code: "table/merged-cells-filled",
          severity: "info",
          message: `Cell ${columnLetters(span.column)}${record.row} is merged over ${span.rows} rows; its text is read as each row's.`,
          ...at(sheet, record.row, span.column),
        });
    }
  });
  return rows;
}

/**
 * A simple table (one heading row, then one row per item) from a sheet's records: the heading
 * row is the first of the first rows that `isHeader` accepts; rows above it are reported; cells
 * merged over rows are filled down; a cell under no heading (a blank heading, or past the last)
 * is reported, not read; a heading row with no rows under it is warned of (`table/no-rows`).
 * Adapter issues pass through in order.
 */
export function simpleTable(
  items: readonly SourceItem[],
  isHeader: (cells: readonly string[]) => boolean,
  sheet: string | undefined,
): SimpleTable | { issues: Issue[] } {
  const issues: Issue[] = [];
  const records: SourceRecord[] = [];
  for (const item of items) {
    if ("issue" in item) issues.push(item.issue);
    else records.push(item);
  }
  const headerAt = records.slice(0, SEARCH).findIndex((record) => isHeader(record.cells));
  if (headerAt < 0) return { issues };
  const headerRecord = records[headerAt] as SourceRecord;
  issues.push(...records.slice(0, headerAt).map((record) => above(record, headerRecord.row, sheet)));
  const header = headerRecord.cells.map((cell) => cell.trim());
  const body = records.slice(headerAt + 1);
  const rows = fillDown(body, issues, sheet).map((cells, i) => {
    const row = body[i]?.row ?? 0;
    cells.forEach((cell, column) => {
      if (filled(cell) && !filled(header[column] ?? "")) issues.push(notRead(sheet, row, column, cell));
    });
    return header.map((heading, column) => (filled(heading) ? (cells[column] ?? "") : ""));
  });
  if (!body.some((record) => record.cells.some(filled))) issues.push(noRows(sheet, headerRecord.row));
  return { header, rows, rowNumbers: body.map((record) => record.row), issues };
}

/** A heading row with nothing under it: warned, as core's import warns, so an empty result is never silent. */
function noRows(sheet: string | undefined, row: number): Issue {
  return {
    code: "table/no-rows",
    severity: "warning",
    message: `The table has a heading row (row ${row}) but no rows under it: nothing was read.`,
    ...at(sheet, row),
  };
}
