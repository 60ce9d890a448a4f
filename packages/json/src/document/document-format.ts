/**
 * The kinds of document a cja-kit JSON file can hold, by the name used in `read` and `write`: a
 * plan (of any kind: action plan, outcome improvement plan, delivery plan, …), a progress return
 * (a quarter's return, a delivery plan update), an indicator set, a committee report, a
 * partnership's annual performance report, and its annual return to Community Justice Scotland.
 * In the file the format is written with a `cja-kit/` prefix: `"format": "cja-kit/plan"`.
 *
 * @example
 * ```ts
 * documentFormats.map((format) => `${format}.schema.json`);
 * // ["plan.schema.json", "progress-return.schema.json", "indicator-set.schema.json", "committee-report.schema.json",
 * //  "annual-performance-report.schema.json", "annual-return.schema.json"]
 * ```
 */
export const documentFormats = [
  "plan",
  "progress-return",
  "indicator-set",
  "committee-report",
  "annual-performance-report",
  "annual-return",
] as const;

/**
 * One of the document formats: `plan`, `progress-return`, `indicator-set`, `committee-report`,
 * `annual-performance-report` or `annual-return`.
 *
 * @example
 * ```ts
 * const format: DocumentFormat = "progress-return";
 * ```
 */
export type DocumentFormat = (typeof documentFormats)[number];

/**
 * The version of the JSON formats this package writes and reads without a migration. A file of
 * another version needs a {@link Migration} to it.
 *
 * @example
 * ```ts
 * JSON.parse(write({ format: "plan", data: plan })).version === formatVersion; // true
 * ```
 */
export const formatVersion = 1;
