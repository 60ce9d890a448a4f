import { guarded } from "../_internal/guard";
import { type FigureStyle, figureStyle, formatFigure } from "./format-figure";
import { Indicator } from "./indicator";
import { type DatedFigure, latestFigures } from "./latest-figures";

/**
 * An indicator's status: `ok` when the target is met, `warning` when short of it within the
 * tolerance, `alert` beyond it, `data-only` with no target (or no direction to judge it by),
 * `unknown` with no value.
 *
 * @example
 * ```ts
 * const status: IndicatorStatus = "ok";
 * ```
 */
export type IndicatorStatus = "ok" | "warning" | "alert" | "data-only" | "unknown";

/**
 * How the latest value moved from the baseline: `up`, `down` or `no-change`, and, where the
 * indicator says which direction is better, whether that is `improving`, `maintaining` or
 * `worsening` (the National Performance Framework's words).
 *
 * @example
 * ```ts
 * const trend: IndicatorTrend = { movement: "up", change: 1, judgement: "improving" };
 * ```
 */
export type IndicatorTrend = {
  movement: "up" | "down" | "no-change";
  change: number;
  judgement?: "improving" | "maintaining" | "worsening";
};

/**
 * An indicator's status with the figures and reason behind it: the shortfall against a target,
 * the trend against the baseline, and the reason in words (figures written as the source writes
 * them).
 *
 * @example
 * ```ts
 * const assessed: IndicatorAssessment = { id: "icm-attendance", status: "ok", shortfall: -9, because: "94% against a target of 85% (higher is better): target met." };
 * ```
 */
export type IndicatorAssessment = {
  id: string;
  status: IndicatorStatus;
  shortfall?: number;
  trend?: IndicatorTrend;
  because: string;
};

function styleOf(indicator: Indicator): FigureStyle {
  const raws = [
    indicator.actual?.raw,
    indicator.target?.raw,
    indicator.baseline?.raw,
    ...(indicator.series ?? []).map((point) => point.raw),
  ].filter((raw): raw is string => raw !== undefined && /^[-£\d.,\s%]+$/.test(raw.trim()));
  return figureStyle(raws, indicator.unit);
}

const shown = (figure: DatedFigure, style: FigureStyle) =>
  `${figure.raw ?? formatFigure(figure.value, style)}${figure.period === undefined ? "" : ` (${figure.period})`}`;

function trendOf(indicator: Indicator, latest: DatedFigure, baseline: DatedFigure): IndicatorTrend {
  const change = latest.value - baseline.value;
  const movement = change > 0 ? "up" : change < 0 ? "down" : "no-change";
  if (indicator.direction === undefined) return { movement, change };
  const better = indicator.direction === "higher-is-better" ? change > 0 : change < 0;
  return { movement, change, judgement: change === 0 ? "maintaining" : better ? "improving" : "worsening" };
}

function describeTrend(trend: IndicatorTrend, style: FigureStyle, direction: Indicator["direction"]): string {
  const by = formatFigure(Math.abs(trend.change), style);
  const moved = trend.movement === "no-change" ? "no change" : `${trend.movement} ${by}`;
  if (trend.judgement === undefined) return moved;
  return `${moved}, ${trend.judgement} (${direction === "higher-is-better" ? "higher" : "lower"} is better)`;
}

function gaps(missing: ReadonlyArray<{ period: string; raw: string }>): string {
  if (missing.length === 0) return "";
  return ` Not reported for ${missing.map((point) => `${point.period} (${point.raw})`).join(", ")}.`;
}

function withoutTarget(
  indicator: Indicator,
  latest: DatedFigure,
  baseline: DatedFigure | undefined,
  style: FigureStyle,
) {
  const { id } = indicator;
  const noTarget =
    indicator.target === undefined ? "no target set" : "no direction given to judge the target by";
  if (baseline === undefined)
    return {
      id,
      status: "data-only" as const,
      because: `${shown(latest, style)} reported; ${noTarget} and no baseline.`,
    };
  const trend = trendOf(indicator, latest, baseline);
  return {
    id,
    status: "data-only" as const,
    trend,
    because: `${shown(latest, style)} against a baseline of ${shown(baseline, style)}: ${describeTrend(trend, style, indicator.direction)}; ${noTarget}.`,
  };
}

/**
 * Assesses an indicator: against its target, in the direction that counts as better, with its
 * tolerance (absolute, or a percentage of the target; without one any shortfall is an alert);
 * with no target, by its trend against the baseline (`baseline`, else the first figure of its
 * series: 8 → 9 is "up 1", and "improving" where higher is better). The latest value is `actual`,
 * else the last figure of the series that has a number: a later `..` (not available) or `*`
 * (suppressed) is named in the reason, never read as "nothing reported". Figures are written as
 * the source writes them (`20,508`, `94%`).
 *
 * @param indicator - The indicator.
 * @returns The status, the shortfall (negative when the target is beaten), the trend, and a reason.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * assessIndicator({ id: "icm", name: "ICM attendance", unit: "percent", direction: "higher-is-better", target: { value: 85 }, actual: { value: 94 } });
 * // { id: "icm", status: "ok", shortfall: -9, because: "94% against a target of 85% (higher is better): target met." }
 * ```
 */
export function assessIndicator(indicator: Indicator): IndicatorAssessment {
  return guarded(
    "assessIndicator",
    () => [["indicator", Indicator, indicator]],
    () => assessIndicatorOf(indicator),
  );
}

function assessIndicatorOf(indicator: Indicator): IndicatorAssessment {
  const { id, target, direction } = indicator;
  const { latest, baseline, missingAfter } = latestFigures(indicator);
  const style = styleOf(indicator);
  if (latest === undefined)
    return { id, status: "unknown", because: `No value reported.${gaps(missingAfter)}` };
  const assessed =
    target === undefined || direction === undefined
      ? withoutTarget(indicator, latest, baseline, style)
      : againstTarget(indicator, latest, { ...target, period: undefined }, style, direction);
  return { ...assessed, because: `${assessed.because}${gaps(missingAfter)}` };
}

function againstTarget(
  indicator: Indicator,
  latest: DatedFigure,
  target: DatedFigure,
  style: FigureStyle,
  direction: NonNullable<Indicator["direction"]>,
): IndicatorAssessment {
  const { id } = indicator;
  const higher = direction === "higher-is-better";
  const shortfall = higher ? target.value - latest.value : latest.value - target.value;
  const against = `${shown({ ...latest, period: undefined }, style)} against a target of ${shown(target, style)} (${higher ? "higher" : "lower"} is better)`;
  if (shortfall <= 0) return { id, status: "ok", shortfall, because: `${against}: target met.` };
  const tolerance = indicator.tolerance;
  const allowed =
    tolerance === undefined
      ? 0
      : tolerance.kind === "absolute"
        ? tolerance.value
        : (target.value * tolerance.value) / 100;
  const status = shortfall <= allowed ? "warning" : "alert";
  return {
    id,
    status,
    shortfall,
    because: `${against}: short by ${formatFigure(shortfall, style)}, ${status === "warning" ? "within" : "beyond"} the tolerance of ${formatFigure(allowed, style)}.`,
  };
}
