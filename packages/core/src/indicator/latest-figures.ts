import { guarded, isObject } from "../_internal/guard";
import type { Indicator, SeriesPoint } from "./indicator";

/**
 * A figure an assessment uses: the number, its wording and the period it is for.
 *
 * @example
 * ```ts
 * const figure: DatedFigure = { value: 9, raw: "9", period: "2023-24" };
 * ```
 */
export type DatedFigure = { value: number; raw?: string; period?: string };

/**
 * The figures an assessment stands on: the latest value (`actual`, else the last series point that
 * has a number), the baseline (`baseline`, else the first series point with a number, when it is
 * not the latest), and the series points after the latest value that have none (`..`, `*`), which
 * an assessment names rather than passing over.
 *
 * @param indicator - The indicator.
 * @returns Latest, baseline and the later points with no number.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * latestFigures({ id: "x", name: "X", series: [{ period: "2022-23", raw: "8", value: 8, availability: "value" }, { period: "2023-24", raw: "..", availability: "not-available" }] });
 * // { latest: { value: 8, raw: "8", period: "2022-23" }, missingAfter: [{ period: "2023-24", raw: ".." }] }
 * ```
 */
export function latestFigures(indicator: Indicator): {
  latest?: DatedFigure;
  baseline?: DatedFigure;
  missingAfter: Array<{ period: string; raw: string }>;
} {
  return guarded(
    "latestFigures",
    () => [["indicator", isObject, indicator]],
    () => latestFiguresOf(indicator),
  );
}

function latestFiguresOf(indicator: Indicator): {
  latest?: DatedFigure;
  baseline?: DatedFigure;
  missingAfter: Array<{ period: string; raw: string }>;
} {
  const series = indicator.series ?? [];
  const figure = (point: SeriesPoint): DatedFigure => ({
    value: point.value ?? 0,
    raw: point.raw,
    period: point.period,
  });
  const lastIndex = series.findLastIndex((point) => point.value !== undefined);
  const firstIndex = series.findIndex((point) => point.value !== undefined);
  const last = series[lastIndex];
  const first = series[firstIndex];
  const latest = indicator.actual ?? (last === undefined ? undefined : figure(last));
  const seriesBaseline = indicator.actual !== undefined || firstIndex !== lastIndex ? first : undefined;
  const baseline = indicator.baseline ?? (seriesBaseline === undefined ? undefined : figure(seriesBaseline));
  const missingAfter =
    indicator.actual !== undefined
      ? []
      : series
          .slice(lastIndex + 1)
          .filter((point) => point.value === undefined)
          .map((point) => ({ period: point.period, raw: point.raw }));
  return { latest, baseline, missingAfter };
}
