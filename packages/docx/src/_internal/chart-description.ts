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

/** The most points alt text lists one by one; past that it lists the first and last and points to the table. */
const LISTED = 40;

function listed(points: readonly SeriesPoint[]): string {
  if (points.length <= LISTED) return points.map(pointWords).join("; ");
  const half = LISTED / 2;
  return `${points.slice(0, half).map(pointWords).join("; ")}; … ${points.length - LISTED} more in the table …; ${points.slice(-half).map(pointWords).join("; ")}`;
}

/**
 * The alt text of an indicator's chart: what it shows and every figure as the source writes it
 * (a series of more than 40 points: the first and last 20, the rest being in the table), then its
 * trend in words, so a reader who cannot see the chart loses nothing.
 */
export function chartDescription(indicator: Indicator): string {
  return `Line chart of ${indicator.name}, ${chartSpan(indicator)}. ${listed(chartedPoints(indicator))}. ${trendWords(indicator)}`;
}
