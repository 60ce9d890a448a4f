import type { Indicator, SeriesPoint } from "@cja-kit/core";
import { trendWords } from "./trend-words";

/** A point as a listener hears it: "2010-11: 18,044", "2015-16: not available (..)". */
const pointWords = (point: SeriesPoint): string =>
  point.value !== undefined
    ? `${point.period}: ${point.raw}`
    : `${point.period}: ${point.availability.replace(/-/g, " ")} (${point.raw})`;

/** The series an indicator's chart draws: its points, in the source's order. */
export const chartedPoints = (indicator: Indicator): readonly SeriesPoint[] => indicator.series ?? [];

/** Whether an indicator has a chart: a series with three or more figures that are numbers. */
export const hasChart = (indicator: Indicator): boolean =>
  chartedPoints(indicator).filter((point) => point.value !== undefined).length >= 3;

/** The periods a chart spans, first to last: "2010-11 to 2016-17". */
export function chartSpan(indicator: Indicator): string {
  const points = chartedPoints(indicator);
  return `${points[0]?.period ?? ""} to ${points.at(-1)?.period ?? ""}`;
}

/**
 * The alt text of an indicator's chart: what it shows and every figure as the source writes it,
 * then its trend in words, so a reader who cannot see the chart loses nothing.
 */
export function chartDescription(indicator: Indicator): string {
  const points = chartedPoints(indicator);
  return `Line chart of ${indicator.name}, ${chartSpan(indicator)}. ${points.map(pointWords).join("; ")}. ${trendWords(indicator)}`;
}
