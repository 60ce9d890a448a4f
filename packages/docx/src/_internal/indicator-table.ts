import {
  type Indicator,
  type IndicatorField,
  type Issue,
  indicatorColumns,
  indicatorWideTable,
  parseReportingPeriod,
  reportingPeriodDates,
  type SeriesPoint,
} from "@cja-kit/core";
import { type FileChild, Paragraph } from "docx";
import { at, type Context, type Where } from "./context";
import { type Grid, type GridCell, gridTable, leastWidth } from "./indicator-grid";
import { STYLE } from "./styles";
import { trendWords } from "./trend-words";

/** An indicator with where it is in the document rendered, for the issues its text may raise. */
export type LocatedIndicator = { indicator: Indicator; where: Where };

/** Fields a reader has no use for: the id is the data's; unit and direction show in the figures and the trend. */
const HIDDEN: ReadonlySet<IndicatorField> = new Set(["id", "unit", "direction"]);
const FIELD_OF = new Map(indicatorColumns.map((column) => [column.label, column.field]));

/** The heading of the column of trends in words. */
export const TREND_LABEL = "Trend";
/** The heading of the column of periods of a table turned on its side. */
export const PERIOD_LABEL = "Period";

const hasFigures = (indicator: Indicator) =>
  indicator.actual !== undefined || (indicator.series ?? []).length > 0;

/** The parts of the indicators' tables: field columns, their cells, the periods, trends or not, and core's issues. */
type Parts = {
  fields: GridCell[];
  cells: GridCell[][];
  periods: SeriesPoint[];
  /** Each indicator's point index by period (its first point for the period). */
  points: Array<Map<string, number>>;
  /** Each indicator's trend in words, where any indicator has figures. */
  trends?: string[];
  issues: Issue[];
};

/** Each point's index by its period, the first where a period repeats, with a warning naming the others. */
function pointIndex(item: LocatedIndicator, issues: Issue[]): Map<string, number> {
  const index = new Map<string, number>();
  (item.indicator.series ?? []).forEach((point, k) => {
    if (!index.has(point.period)) index.set(point.period, k);
    else
      issues.push({
        code: "docx/period-repeated",
        severity: "warning",
        message: `${item.indicator.name.slice(0, 100)} gives ${point.period} twice; only its first figure (${item.indicator.series?.[index.get(point.period) ?? 0]?.raw ?? ""}) is printed, not "${point.raw.slice(0, 40)}". Keep one figure per period.`,
        path: [...item.where.path, "series", k],
        actual: point.raw.slice(0, 200),
      });
  });
  return index;
}

/** When a point's period starts, where its period reads as one. */
function startOf(point: SeriesPoint): string | undefined {
  if (point.reportingPeriod !== undefined) return reportingPeriodDates(point.reportingPeriod).start;
  const read = parseReportingPeriod(point.period);
  return read.ok ? reportingPeriodDates(read.value).start : undefined;
}

/**
 * Every period the indicators report, with the first point heading it: in time order where every
 * period reads as one (indicators from two tables may start in different years), else in order of
 * first appearance.
 */
function periodsOf(indicators: readonly Indicator[]): SeriesPoint[] {
  const seen = new Map<string, SeriesPoint>();
  for (const point of indicators.flatMap((indicator) => indicator.series ?? []))
    if (!seen.has(point.period)) seen.set(point.period, point);
  const points = [...seen.values()];
  const starts = points.map(startOf);
  if (starts.some((start) => start === undefined)) return points;
  return points
    .map((point, i) => ({ point, start: starts[i] ?? "" }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map(({ point }) => point);
}

/** The fields core's wide table shows (those any indicator has), less the hidden ones, with each indicator's cells. */
function partsOf(items: readonly LocatedIndicator[]): Parts {
  const indicators = items.map((item) => item.indicator);
  const wide = indicatorWideTable(indicators);
  const placeOf = (r: number) => items[r]?.where ?? { path: [] };
  const columns = wide.value.header.flatMap((label, index) => {
    const field = FIELD_OF.get(label);
    return field === undefined || HIDDEN.has(field) ? [] : [{ label, index, field }];
  });
  const issues = wide.issues.map((issue) => {
    const [, r, ...rest] = issue.path;
    return { ...issue, path: [...placeOf(Number(r)).path, ...rest] };
  });
  const points = items.map((item) => pointIndex(item, issues));
  return {
    fields: columns.map((c, i) => ({ text: c.label, where: { path: ["columns", i, "label"] } })),
    cells: items.map((item, r) =>
      columns.map((c) => ({ text: wide.value.rows[r]?.[c.index] ?? "", where: at(item.where, c.field) })),
    ),
    periods: periodsOf(indicators),
    points,
    ...(indicators.some(hasFigures) ? { trends: indicators.map(trendWords) } : {}),
    issues,
  };
}

/** A period's heading cell: the period, its footnote markers raised ("2016-17" with "7,8"). */
const periodCell = (point: SeriesPoint, where: Where): GridCell => ({
  text: point.period,
  where,
  ...(point.footnotes === undefined ? {} : { notes: point.footnotes.join(",") }),
});

/** An indicator's figure for a period, as written, or an empty cell where it has none. */
function figureCell(
  item: LocatedIndicator,
  points: Map<string, number> | undefined,
  period: string,
): GridCell {
  const k = points?.get(period);
  if (k === undefined) return { text: "", where: item.where, figure: true };
  return {
    text: item.indicator.series?.[k]?.raw ?? "",
    where: at(item.where, "series", k, "raw"),
    figure: true,
  };
}

/** An indicator's trend in words, where any has figures: made from its own text, so it raises no issue of its own. */
const trendCells = (item: LocatedIndicator, parts: Parts, r: number): GridCell[] =>
  parts.trends === undefined ? [] : [{ text: parts.trends[r] ?? "", where: item.where, quiet: true }];

const trendHeading = (parts: Parts): GridCell[] =>
  parts.trends === undefined ? [] : [{ text: TREND_LABEL, where: { path: [] } }];

/** The wide table, "one column per year" as statistics tables have it: fields, periods, trend. */
function wideGrid(items: readonly LocatedIndicator[], parts: Parts): Grid {
  return {
    header: [
      ...parts.fields,
      ...parts.periods.map((p) => periodCell(p, { path: [] })),
      ...trendHeading(parts),
    ],
    rows: items.map((item, r) => [
      ...(parts.cells[r] ?? []),
      ...parts.periods.map((p) => figureCell(item, parts.points[r], p.period)),
      ...trendCells(item, parts, r),
    ]),
  };
}

/** The indicators' fields and trends, without their figures: the first of a table turned on its side. */
const aboutGrid = (items: readonly LocatedIndicator[], parts: Parts): Grid => ({
  header: [...parts.fields, ...trendHeading(parts)],
  rows: items.map((item, r) => [...(parts.cells[r] ?? []), ...trendCells(item, parts, r)]),
});

/** The figures, one row per period and one column per indicator: the second of a table turned on its side. */
const figuresGrid = (items: readonly LocatedIndicator[], parts: Parts): Grid => ({
  header: [
    { text: PERIOD_LABEL, where: { path: [] } },
    // The names were checked in the first table.
    ...items.map((item) => ({ text: item.indicator.name, where: at(item.where, "name"), quiet: true })),
  ],
  rows: parts.periods.map((p) => [
    periodCell(p, { path: [] }),
    ...items.map((item, r) => figureCell(item, parts.points[r], p.period)),
  ]),
});

/** The headings of the wide table, for a renderer choosing its page's orientation. */
export function indicatorTableLabels(indicators: readonly Indicator[]): string[] {
  const items = indicators.map((indicator) => ({ indicator, where: { path: [] } }));
  return wideGrid(items, partsOf(items)).header.map((c) => c.text);
}

/**
 * Indicators as tables, as a statistics table or a partnership's report sets them: the indicator
 * and its fields (type, reporting measure, data source, baseline, target, where any has them), one
 * column per period headed as the source heads it (footnote markers raised), each figure as the
 * source wrote it (`20,508`, `..`) and set to the right, and the trend in words. Where that table
 * cannot fit the page without breaking words (many years on a portrait page) it is turned on its
 * side: the indicators with their fields and trends, then their figures with one row per period
 * and one column per indicator (unless that is wider still).
 */
export function indicatorTables(
  context: Context,
  items: readonly LocatedIndicator[],
  look: { width: number; rowRoom: number },
): FileChild[] {
  const parts = partsOf(items);
  context.issues.push(...parts.issues);
  const wide = wideGrid(items, parts);
  const size = context.options.tableSize;
  const figures = figuresGrid(items, parts);
  const turn =
    parts.periods.length > 0 &&
    leastWidth(wide, size, look.width) > look.width &&
    leastWidth(figures, size, look.width) <= look.width;
  if (!turn) return [gridTable(context, wide, look)];
  return [
    gridTable(context, aboutGrid(items, parts), look),
    new Paragraph({ style: STYLE.small, children: [] }),
    gridTable(context, figures, look),
  ];
}
