import type { IndicatorSet } from "@cja-kit/core";
import type { IndicatorOptions } from "./indicator-options";

/**
 * Options of an outcome improvement plan: those of documents with indicators, and the plan's
 * performance reporting indicators.
 *
 * @example
 * ```ts
 * const options: OutcomeImprovementPlanOptions = { indicators: [westDunbartonshireIndicators2017_18] };
 * ```
 */
export type OutcomeImprovementPlanOptions = IndicatorOptions & {
  /**
   * The plan's indicators. Each is printed after the theme it belongs to: the theme holding the
   * action its `actionNumber` names, else the deepest theme citing an outcome of its
   * `outcomeRefs`; the others after the themes, under their set's title. @defaultValue none
   */
  indicators?: readonly IndicatorSet[];
};
