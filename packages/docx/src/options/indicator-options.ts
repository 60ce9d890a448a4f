import type { RenderOptions } from "./render-options";

/**
 * Options of the documents that print indicators (an indicator set, an annual performance report,
 * an outcome improvement plan with its indicators): the common ones, and whether a chart of each
 * series with three or more figures follows its table.
 *
 * @example
 * ```ts
 * const options: IndicatorOptions = { charts: false, created: "2017-09-26T00:00:00Z" };
 * ```
 */
export type IndicatorOptions = RenderOptions & {
  /**
   * A line chart (drawn by Word, its figures in the chart's data, alt text stating them) of each
   * indicator whose series has three or more figures. @defaultValue `true`
   */
  charts?: boolean;
};
