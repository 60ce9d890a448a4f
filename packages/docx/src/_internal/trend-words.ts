import {
  assessIndicator,
  type DatedFigure,
  type FigureAvailability,
  formatFigure,
  type Indicator,
  type IndicatorTrend,
  latestFigures,
} from "@cja-kit/core";
import { figureStyleOf } from "./figure-style-of";

/** How a figure that holds no number is said in words. */
const MISSING: Readonly<Record<Exclude<FigureAvailability, "value">, string>> = {
  "not-available": "not available",
  suppressed: "suppressed",
  "not-applicable": "not applicable",
  unreadable: "not readable",
};

const MOVED = { up: "Up", down: "Down", "no-change": "No change" } as const;

/** "2, 3 and 4": a list as a sentence has it. */
export const inWords = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/** A figure as written, with its period where it has one: "18,044 in 2010-11". */
const dated = (figure: DatedFigure) =>
  `${figure.raw ?? String(figure.value)}${figure.period === undefined ? "" : ` in ${figure.period}`}`;

/** The later periods with no number, in words: " Not available for 2015-16 and 2016-17." */
export function gapWords(indicator: Indicator): string {
  const series = indicator.series ?? [];
  if (indicator.actual !== undefined) return "";
  const last = series.findLastIndex((point) => point.value !== undefined);
  const later = series.slice(last + 1).filter((point) => point.availability !== "value");
  const kinds = [...new Set(later.map((point) => point.availability))];
  return kinds
    .map((kind) => {
      const periods = later.filter((point) => point.availability === kind).map((point) => point.period);
      const said = MISSING[kind as Exclude<FigureAvailability, "value">];
      return ` ${said.charAt(0).toUpperCase()}${said.slice(1)} for ${inWords(periods)}.`;
    })
    .join("");
}

function movement(indicator: Indicator, trend: IndicatorTrend, from: DatedFigure, to: DatedFigure): string {
  const by = formatFigure(Math.abs(trend.change), figureStyleOf(indicator));
  const moved = trend.movement === "no-change" ? MOVED[trend.movement] : `${MOVED[trend.movement]} ${by}`;
  const better = indicator.direction === "lower-is-better" ? "lower" : "higher";
  const judged = trend.judgement === undefined ? "" : `: ${trend.judgement} (${better} is better)`;
  return `${moved} from ${dated(from)} to ${dated(to)}${judged}.`;
}

/**
 * An indicator's trend in words for a reader of the report: against its target, core's own
 * reason ("94% against a target of 85% (higher is better): target met."); without one, the
 * movement from the first figure to the latest, as the source writes them ("Up 2,464 from 18,044
 * in 2010-11 to 20,508 in 2016-17."), judged where the indicator says which way is better; the
 * later periods with no number named ("Not available for 2015-16 and 2016-17."); with no figure at
 * all, "No figure reported." and why.
 */
export function trendWords(indicator: Indicator): string {
  const assessment = assessIndicator(indicator);
  if (assessment.status === "unknown") return `No figure reported.${gapWords(indicator)}`;
  if (assessment.status !== "data-only") return assessment.because;
  const { latest, baseline } = latestFigures(indicator);
  if (latest === undefined) return assessment.because;
  const said =
    assessment.trend === undefined || baseline === undefined
      ? `${dated(latest)}; no earlier figure to compare it with.`
      : movement(indicator, assessment.trend, baseline, latest);
  return `${said}${gapWords(indicator)}`;
}
