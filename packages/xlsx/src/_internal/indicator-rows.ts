import {
  type Indicator,
  type IndicatorDetail,
  type Issue,
  indicatorColumns,
  indicatorDetailColumns,
  indicatorsFromWideTable,
  indicatorWithDetails,
  type OutcomeRegistry,
} from "@cja-kit/core";
import { columnLetters } from "./column-letters";
import type { SimpleTable } from "./simple-table";

type Options = { framework?: string; registry?: OutcomeRegistry };

const key = (label: string) => label.toLowerCase().replace(/[^a-z]/g, "");
const DETAIL_OF = new Map(indicatorDetailColumns.map((c) => [key(c.label), c]));
const NAMED = new Set(
  indicatorColumns.filter((c) => c.field === "name" || c.field === "id").map((c) => key(c.label)),
);

/** The table's columns split into the wide table's (fields and periods) and the details'. */
function splitColumns(header: readonly string[]) {
  const wide: number[] = [];
  const details: Array<{ index: number; detail: IndicatorDetail; label: string }> = [];
  header.forEach((heading, index) => {
    const detail = DETAIL_OF.get(key(heading));
    if (detail === undefined) wide.push(index);
    else details.push({ index, detail: detail.detail, label: heading });
  });
  return { wide, details };
}

function detailNotRead(row: number, column: number, label: string, text: string): Issue {
  return {
    code: "table/cell-not-read",
    severity: "warning",
    message: `Row ${row} has no indicator name or id, so its ${label} "${text.slice(0, 80)}" is not read; name the indicator or remove the row.`,
    path: [],
    row,
    column: columnLetters(column),
    actual: text.slice(0, 200),
  };
}

/** Each issue of core's table readers placed at its sheet row (core counts table rows from 0). */
const placed = (issues: readonly Issue[], rowNumbers: readonly number[]) =>
  issues.map((issue) =>
    issue.row === undefined ? issue : { ...issue, row: rowNumbers[issue.row] ?? issue.row },
  );

/**
 * The indicators of a wide indicator table: core reads the fields and the periods
 * (`indicatorsFromWideTable`), then each indicator's details (`indicatorWithDetails`); issues are
 * placed at their sheet rows, and details on a row with no indicator are reported.
 */
export function indicatorsFromSheet(
  table: SimpleTable,
  options: Options,
): { indicators: Indicator[]; rows: number[]; issues: Issue[] } {
  const { wide, details } = splitColumns(table.header);
  const pick = (cells: readonly string[]) => wide.map((index) => cells[index] ?? "");
  const read = indicatorsFromWideTable({ header: pick(table.header), rows: table.rows.map(pick) });
  const issues = placed(read.issues, table.rowNumbers);
  const named = wide.filter((index) => NAMED.has(key(table.header[index] ?? "")));
  const indicators: Indicator[] = [];
  const rows: number[] = [];
  table.rows.forEach((cells, r) => {
    const row = table.rowNumbers[r] ?? 0;
    if (named.every((index) => (cells[index] ?? "").trim() === "")) {
      for (const d of details)
        if ((cells[d.index] ?? "").trim() !== "")
          issues.push(detailNotRead(row, d.index, d.label, cells[d.index] ?? ""));
      return;
    }
    const indicator = read.value[indicators.length] as Indicator;
    const cellsOf = Object.fromEntries(details.map((d) => [d.detail, cells[d.index] ?? ""]));
    const more = indicatorWithDetails(indicator, cellsOf, options);
    const path = ["indicators", indicators.length];
    issues.push(...more.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path], row })));
    indicators.push(more.value);
    rows.push(row);
  });
  return { indicators, rows, issues };
}
