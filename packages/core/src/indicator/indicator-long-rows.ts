import { guarded, isArrayOfObjects } from "../_internal/guard";
import { headingOf, indicatorCells, indicatorFrom, pointFrom } from "../_internal/indicator-cells";
import type { Issue, Parsed } from "../issue/issue";
import type { Indicator } from "./indicator";
import { type IndicatorField, indicatorColumns } from "./indicator-columns";

/**
 * One row of the long indicator table: an indicator's fields (by {@link indicatorColumns} field)
 * with one period and its figure as written. An indicator with no series has one row with an
 * empty period and value.
 *
 * @example
 * ```ts
 * const row: IndicatorLongRow = { id: "orders", name: "Orders commenced", type: "", measure: "", dataSource: "", unit: "", direction: "", baseline: "", target: "", period: "2016-17 7,8", value: "20,508" };
 * ```
 */
export type IndicatorLongRow = Record<IndicatorField | "period" | "value", string>;

/**
 * The long table of indicators, "one row per indicator per period": every series point a row,
 * the figure written as the source wrote it (`20,508`, `..`), the period with its footnote
 * markers. The labels are {@link indicatorColumns} then "Period" and "Value".
 *
 * @param indicators - The indicators, e.g. an indicator set's.
 * @returns The rows, indicator by indicator, points in series order.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * indicatorLongRows([{ id: "x", name: "X", series: [{ period: "2016-17", raw: "20,508", value: 20508, availability: "value" }] }])[0]?.value; // "20,508"
 * ```
 */
export function indicatorLongRows(indicators: readonly Indicator[]): IndicatorLongRow[] {
  return guarded(
    "indicatorLongRows",
    () => [["indicators", isArrayOfObjects, indicators]],
    () => indicatorLongRowsOf(indicators),
  );
}

function indicatorLongRowsOf(indicators: readonly Indicator[]): IndicatorLongRow[] {
  return indicators.flatMap((indicator) => {
    const cells = indicatorCells(indicator);
    const points = indicator.series ?? [];
    if (points.length === 0) return [{ ...cells, period: "", value: "" }];
    return points.map((point) => ({ ...cells, period: headingOf(point), value: point.raw }));
  });
}

/**
 * Reads indicators back from long rows (cells by field, as a CSV or sheet reader maps them with
 * {@link indicatorColumns}): rows with the same id (or, with no id, the same name) are one
 * indicator, in order of first appearance; each row with a period is a series point, its figure
 * read with `parseFigure` and kept as written. The indicator's other fields come from its first
 * row; a later row that gives them differently is reported, not merged.
 *
 * @param rows - The rows; fields left out are empty.
 * @returns The indicators and the issues met (`row` is the row's index from 0).
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * indicatorsFromLongRows([{ name: "Orders commenced", period: "2016-17 7,8", value: "20,508" }]).value[0]?.series?.[0];
 * // { period: "2016-17", reportingPeriod: { kind: "financial-year", year: "2016-17" }, footnotes: ["7", "8"], raw: "20,508", value: 20508, availability: "value" }
 * ```
 */
export function indicatorsFromLongRows(rows: ReadonlyArray<Partial<IndicatorLongRow>>): Parsed<Indicator[]> {
  return guarded(
    "indicatorsFromLongRows",
    () => [["rows", isArrayOfObjects, rows]],
    () => indicatorsFromLongRowsOf(rows),
  );
}

function indicatorsFromLongRowsOf(rows: ReadonlyArray<Partial<IndicatorLongRow>>): Parsed<Indicator[]> {
  const byKey = new Map<string, { indicator: Indicator; first: Partial<IndicatorLongRow> }>();
  const issues: Issue[] = [];
  rows.forEach((row, index) => {
    const key = row.id?.trim() || row.name?.trim() || `row-${index + 1}`;
    let entry = byKey.get(key);
    if (entry === undefined) {
      const built = indicatorFrom(row, key);
      issues.push(...built.issues.map((issue) => ({ ...issue, row: index })));
      entry = { indicator: built.indicator, first: row };
      byKey.set(key, entry);
    } else issues.push(...conflicts(entry.first, row, index));
    const period = row.period?.trim() ?? "";
    if (period === "" && (row.value?.trim() ?? "") === "") return;
    if (period === "") issues.push(noPeriod(index, row.value ?? ""));
    const { point, issues: found } = pointFrom(period === "" ? "(no period)" : period, row.value ?? "");
    issues.push(...found.map((issue) => ({ ...issue, row: index, path: ["series"] })));
    // Pushed, not copied: an indicator with many periods stays linear.
    const series = entry.indicator.series ?? [];
    entry.indicator.series = series;
    series.push(point);
  });
  return { value: [...byKey.values()].map((entry) => entry.indicator), issues };
}

function conflicts(first: Partial<IndicatorLongRow>, row: Partial<IndicatorLongRow>, index: number): Issue[] {
  return indicatorColumns
    .filter(({ field }) => (row[field]?.trim() ?? "") !== "" && row[field]?.trim() !== first[field]?.trim())
    .map(({ field, label }) => ({
      code: "indicator/conflicting-field",
      severity: "warning" as const,
      message: `${label} "${row[field]?.slice(0, 200)}" differs from the indicator's first row ("${first[field]?.slice(0, 200) ?? ""}"); the first row's is kept.`,
      path: [field],
      row: index,
      column: label,
      actual: row[field]?.slice(0, 200),
    }));
}

function noPeriod(row: number, value: string): Issue {
  return {
    code: "indicator/missing-period",
    severity: "warning",
    message: `The figure "${value.slice(0, 200)}" on row ${row + 1} has no period; it is kept under "(no period)": give its period.`,
    path: ["series"],
    row,
    actual: value.slice(0, 200),
  };
}
