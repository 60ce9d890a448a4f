import { guarded, isArrayOfObjects, isTextTable } from "../_internal/guard";
import { headingOf, indicatorCells, indicatorFrom, pointFrom } from "../_internal/indicator-cells";
import type { Issue, Parsed } from "../issue/issue";
import type { Indicator } from "./indicator";
import { type IndicatorField, indicatorColumns } from "./indicator-columns";

/**
 * The wide indicator table officers keep: the indicator's fields, then one column per period
 * (headed as written, footnote markers included), one row per indicator.
 *
 * @example
 * ```ts
 * const table: IndicatorWideTable = { header: ["Indicator", "2015-16 7", "2016-17 7,8"], rows: [["Orders commenced", "20,482", "20,508"]] };
 * ```
 */
export type IndicatorWideTable = { header: string[]; rows: string[][] };

const used = (indicators: readonly Indicator[]) =>
  indicatorColumns.filter(
    ({ field }) =>
      field === "name" || indicators.some((indicator) => indicatorCells(indicator)[field] !== ""),
  );

/**
 * The wide table of indicators, "one column per year": the fields any indicator has (the
 * indicator's name always), then every period in order of first appearance, each cell the figure
 * as the source wrote it (`20,508`, `..`) or empty where an indicator has no point for that period.
 * Where indicators mark the same period with different footnotes, the first one's heading is used
 * and a warning names the others.
 *
 * @param indicators - The indicators.
 * @returns The table, and `indicator/footnotes-merged` warnings.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * indicatorWideTable(set.indicators).value.header; // ["Indicator", "2010-11", …, "2016-17 7,8"]
 * ```
 */
export function indicatorWideTable(indicators: readonly Indicator[]): Parsed<IndicatorWideTable> {
  return guarded(
    "indicatorWideTable",
    () => [["indicators", isArrayOfObjects, indicators]],
    () => indicatorWideTableOf(indicators),
  );
}

function indicatorWideTableOf(indicators: readonly Indicator[]): Parsed<IndicatorWideTable> {
  const columns = used(indicators);
  const headings = new Map<string, string>();
  const issues: Issue[] = [];
  indicators.forEach((indicator, index) => {
    for (const point of indicator.series ?? []) {
      const heading = headings.get(point.period);
      if (heading === undefined) headings.set(point.period, headingOf(point));
      else if (heading !== headingOf(point))
        issues.push(merged(indicator, index, point.period, heading, headingOf(point)));
    }
  });
  const periods = [...headings.keys()];
  const rows = indicators.map((indicator) => {
    const cells = indicatorCells(indicator);
    const byPeriod = new Map((indicator.series ?? []).map((point) => [point.period, point.raw]));
    return [
      ...columns.map(({ field }) => cells[field]),
      ...periods.map((period) => byPeriod.get(period) ?? ""),
    ];
  });
  return { value: { header: [...columns.map(({ label }) => label), ...headings.values()], rows }, issues };
}

function merged(indicator: Indicator, index: number, period: string, kept: string, dropped: string): Issue {
  return {
    code: "indicator/footnotes-merged",
    severity: "warning",
    message: `${indicator.name}: period ${period} is headed "${dropped}" but the table's column is "${kept}"; its footnote markers are not in the wide table (the long table keeps them).`,
    path: ["indicators", index, "series"],
    actual: dropped,
  };
}

const labelKey = (label: string) => label.toLowerCase().replace(/[^a-z]/g, "");

/**
 * Reads indicators from a wide table (header and rows of cells, as a CSV or sheet reader gives
 * them): columns whose heading is one of {@link indicatorColumns}' labels are fields, every other
 * column a period; a cell is a series point (read with `parseFigure`, kept as written), an empty
 * cell no point.
 *
 * @param table - Header and rows.
 * @returns The indicators, one per row with a name or id, and the issues met (`row` from 0, `column` the heading).
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * indicatorsFromWideTable({ header: ["Indicator", "2015-16", "2016-17"], rows: [["Orders commenced", "20,482", "20,508"]] }).value[0]?.series?.length; // 2
 * ```
 */
export function indicatorsFromWideTable(table: IndicatorWideTable): Parsed<Indicator[]> {
  return guarded(
    "indicatorsFromWideTable",
    () => [["table", isTextTable, table]],
    () => indicatorsFromWideTableOf(table),
  );
}

function indicatorsFromWideTableOf(table: IndicatorWideTable): Parsed<Indicator[]> {
  const fields = table.header.map(
    (heading) => indicatorColumns.find((column) => labelKey(column.label) === labelKey(heading))?.field,
  );
  const issues: Issue[] = [];
  const ids = new Set(
    table.rows.flatMap((cells) =>
      fields.flatMap((field, column) => (field === "id" ? [cells[column]?.trim() ?? ""] : [])),
    ),
  );
  const indicators = table.rows.flatMap((cells, row) => {
    const known: Partial<Record<IndicatorField, string>> = {};
    fields.forEach((field, column) => {
      if (field !== undefined) known[field] = cells[column] ?? "";
    });
    if ((known.name ?? "").trim() === "" && (known.id ?? "").trim() === "") {
      if (cells.some((cell) => cell.trim() !== "")) issues.push(unnamed(row));
      return [];
    }
    const built = indicatorFrom(known, uniqueId(slug(known.name ?? "") || `row-${row + 1}`, ids));
    issues.push(...built.issues.map((issue) => ({ ...issue, row })));
    const series = table.header.flatMap((heading, column) => {
      const cell = cells[column] ?? "";
      if (fields[column] !== undefined || cell.trim() === "") return [];
      const { point, issues: found } = pointFrom(heading, cell);
      issues.push(...found.map((issue) => ({ ...issue, row, column: heading })));
      return [point];
    });
    return [series.length === 0 ? built.indicator : { ...built.indicator, series }];
  });
  return { value: indicators, issues };
}

function unnamed(row: number): Issue {
  return {
    code: "indicator/unnamed-row",
    severity: "warning",
    message: `Row ${row + 1} has figures but no indicator name or id; name the indicator or remove the row.`,
    path: [],
    row,
  };
}

/** An id from a name: lower case words joined by hyphens ("Orders commenced" → "orders-commenced"). */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);

/** The id, or the id with a number after it when a row already has it. */
function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
