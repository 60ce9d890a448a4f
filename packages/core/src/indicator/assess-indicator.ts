import { guarded } from "../_internal/guard";
import { Indicator } from "./indicator";

/**
 * An indicator's status: `ok` when the target is met, `warning` when short of it within the
 * tolerance, `alert` beyond it, `data-only` with no target, `unknown` with no value.
 *
 * @example
 * ```ts
 * const status: IndicatorStatus = "ok";
 * ```
 */
export type IndicatorStatus = "ok" | "warning" | "alert" | "data-only" | "unknown";

/**
 * An indicator's status with the figures and reason behind it.
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
  because: string;
};

const UNITS: Record<Indicator["unit"], (value: number) => string> = {
  percent: (v) => `${v}%`,
  count: (v) => `${v}`,
  pounds: (v) => `£${v.toLocaleString("en-GB")}`,
  days: (v) => `${v} days`,
  ratio: (v) => `${v}`,
};

/**
 * Assesses an indicator against its target, in the direction that counts as better, with its
 * tolerance (absolute, or a percentage of the target). Without a tolerance any shortfall is an alert.
 *
 * @param indicator - The indicator.
 * @returns The status, the shortfall (negative when the target is beaten) and a reason.
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
  const show = UNITS[indicator.unit];
  const { id, actual, target } = indicator;
  if (actual === undefined) return { id, status: "unknown", because: "No value reported." };
  if (target === undefined)
    return { id, status: "data-only", because: `${show(actual.value)} reported; no target set.` };
  const higher = indicator.direction === "higher-is-better";
  const shortfall = higher ? target.value - actual.value : actual.value - target.value;
  const against = `${show(actual.value)} against a target of ${show(target.value)} (${higher ? "higher" : "lower"} is better)`;
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
    because: `${against}: short by ${show(shortfall)}, ${status === "warning" ? "within" : "beyond"} the tolerance of ${show(allowed)}.`,
  };
}
