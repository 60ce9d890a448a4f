import {
  IndicatorSet,
  type Issue,
  indicatorColumns,
  indicatorLongRows,
  indicatorWideTable,
} from "@cja-kit/core";
import { checkObject, guarded, isObject } from "./_internal/arguments";
import { extraCell, usedExtras } from "./_internal/indicator-extra";
import { checkOptions, indicatorWriteRules } from "./_internal/option-checks";
import { writeCsv } from "./_internal/stringify";
import type { WriteIndicatorCsvOptions } from "./csv-options";

/** The indicator's fields a table holds; any other is reported as not written. */
const IN_TABLE = /* @__PURE__ */ new Set<string>([
  ...indicatorColumns.map(({ field }) => field),
  "series",
  "actionNumber",
  "frameworkIndicator",
  "source",
]);

/** An indicator's fields neither table holds (a latest value apart from the series, a framework indicator, …). */
function notWritten(set: IndicatorSet): Issue[] {
  return set.indicators.flatMap((indicator, index): Issue[] => {
    const fields = Object.keys(indicator).filter((key) => !IN_TABLE.has(key));
    if (indicator.target?.scope !== undefined) fields.push("target.scope");
    if (fields.length === 0) return [];
    return [
      {
        code: "csv/indicator-field-not-written",
        severity: "warning",
        message: `${indicator.name.slice(0, 80)}: ${fields.join(", ")} ${fields.length === 1 ? "is" : "are"} not a column of the indicator table, so not in the file; write the set as JSON to keep ${fields.length === 1 ? "it" : "them"}.`,
        path: ["indicators", index],
        actual: fields.join(", "),
      },
    ];
  });
}

/** Indicators whose series the wide table's columns (periods in order of first appearance) would put in another order. */
function reordered(set: IndicatorSet): Issue[] {
  const columns = new Map<string, number>();
  for (const indicator of set.indicators)
    for (const point of indicator.series ?? [])
      if (!columns.has(point.period)) columns.set(point.period, columns.size);
  return set.indicators.flatMap((indicator, index): Issue[] => {
    const at = (indicator.series ?? []).map((point) => columns.get(point.period) ?? 0);
    if (at.every((column, i) => i === 0 || column > (at[i - 1] ?? 0))) return [];
    return [
      {
        code: "csv/series-order-not-kept",
        severity: "warning",
        message: `${indicator.name.slice(0, 80)}: its periods are not in the order of the table's period columns (or repeat one), so the wide table reads them back in the columns' order; write the long table to keep the series as it is.`,
        path: ["indicators", index, "series"],
      },
    ];
  });
}

/** The long table: the indicator columns, the extra columns used, then Period and Value. */
function longRows(set: IndicatorSet): string[][] {
  const extras = usedExtras(set.indicators);
  const header = [...indicatorColumns.map((c) => c.label), ...extras.map((c) => c.label), "Period", "Value"];
  const byId = new Map(set.indicators.map((indicator) => [indicator.id, indicator]));
  const rows = indicatorLongRows(set.indicators).map((row) => {
    const indicator = byId.get(row.id);
    return [
      ...indicatorColumns.map(({ field }) => row[field]),
      ...extras.map(({ key }) => (indicator === undefined ? "" : extraCell(indicator, key))),
      row.period,
      row.value,
    ];
  });
  return [header, ...rows];
}

/** The wide table, with the extra columns used after the indicator's fields, before the periods. */
function wideRows(set: IndicatorSet, table: { header: string[]; rows: string[][] }): string[][] {
  const labels = new Set(indicatorColumns.map((c) => c.label));
  const fields = table.header.findIndex((heading) => !labels.has(heading));
  const at = fields === -1 ? table.header.length : fields;
  const extras = usedExtras(set.indicators);
  const insert = (cells: string[], added: string[]) => [...cells.slice(0, at), ...added, ...cells.slice(at)];
  return [
    insert(
      table.header,
      extras.map((c) => c.label),
    ),
    ...table.rows.map((cells, i) => {
      const indicator = set.indicators[i];
      return insert(
        cells,
        extras.map(({ key }) => (indicator === undefined ? "" : extraCell(indicator, key))),
      );
    }),
  ];
}

/**
 * Writes an indicator set's indicators as CSV, in either of the tables partnerships keep: `wide`,
 * one row per indicator and one column per period ("2015-16", "2016-17 7,8": the period as headed,
 * footnote markers included), as officers and the national statistics tables lay them out; or
 * `long`, one row per indicator per period (Id, Indicator, Indicator Type, Reporting Measure, Data
 * Source, Unit, Direction, Baseline, Target, Period, Value). Where indicators have them, an
 * `Action number`, a `Framework indicator` (`cj-opi-2016:1.3`) and a `Source` column follow the
 * indicator's fields. Every figure is written as the source
 * wrote it (`20,508`, `..` for not available). The set's title, body and period are not in the
 * table: give them back to {@link readIndicatorCsv}. Excel-ready by default.
 *
 * Source of the layouts: Criminal justice social work statistics, Scotland 2016-17, Table 2
 * (gov.scot, OGL v3.0), and the indicator tables of partnership outcome improvement plans.
 *
 * @param set - The indicator set.
 * @param options - `layout` (`wide` by default) and how the file is written.
 * @returns The CSV text; `indicator/footnotes-merged` warnings where the wide table cannot head
 * a period with each indicator's own footnote markers (the long table keeps them), and
 * `csv/indicator-field-not-written` for an indicator's fields neither table has a column for
 * (`actual`, `tolerance`, `outcomeRefs`, a target's scope); `csv/cell-too-long-for-spreadsheet` warnings for cells longer than a spreadsheet holds (32,767 characters).
 * @throws CjaKitError `usage/invalid-argument` when `set` is not an indicator set, or `options` is given and is not an object; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const { csv } = writeIndicatorCsv(socialWorkOrders2016_17, { layout: "long" });
 * ```
 */
export function writeIndicatorCsv(
  set: IndicatorSet,
  options: WriteIndicatorCsvOptions = {},
): { csv: string; issues: Issue[] } {
  checkObject(set, "set", "writeIndicatorCsv");
  checkObject(options, "options", "writeIndicatorCsv");
  checkOptions(options, indicatorWriteRules, "writeIndicatorCsv");
  return guarded(
    "writeIndicatorCsv",
    () => [
      ["set", IndicatorSet, set],
      ["options", isObject, options],
    ],
    () => indicatorCsv(set, options),
  );
}

function indicatorCsv(
  set: IndicatorSet,
  options: WriteIndicatorCsvOptions,
): { csv: string; issues: Issue[] } {
  if (options.layout === "long") {
    const long = writeCsv(longRows(set), options);
    return { csv: long.csv, issues: [...notWritten(set), ...long.issues] };
  }
  const wide = indicatorWideTable(set.indicators);
  const written = writeCsv(wideRows(set, wide.value), options);
  return {
    csv: written.csv,
    issues: [...wide.issues, ...reordered(set), ...notWritten(set), ...written.issues],
  };
}
