/**
 * A field of an indicator as a table column: the fields before the figures, in both the long
 * ("one row per indicator per period") and the wide ("one column per year") tables.
 *
 * @example
 * ```ts
 * const field: IndicatorField = "measure";
 * ```
 */
export type IndicatorField =
  | "id"
  | "name"
  | "type"
  | "measure"
  | "dataSource"
  | "unit"
  | "direction"
  | "baseline"
  | "target";

/**
 * The columns of an indicator table before the figures, with the labels core writes (and reads,
 * case and spacing aside): Id, Indicator, Indicator Type, Reporting Measure, Data Source, Unit,
 * Direction, Baseline, Target. The long table adds Period and Value; the wide table one column
 * per period. Adapters take the labels from here.
 *
 * @example
 * ```ts
 * indicatorColumns.map((column) => column.label).slice(0, 3); // ["Id", "Indicator", "Indicator Type"]
 * ```
 */
export const indicatorColumns: ReadonlyArray<{ field: IndicatorField; label: string }> = [
  { field: "id", label: "Id" },
  { field: "name", label: "Indicator" },
  { field: "type", label: "Indicator Type" },
  { field: "measure", label: "Reporting Measure" },
  { field: "dataSource", label: "Data Source" },
  { field: "unit", label: "Unit" },
  { field: "direction", label: "Direction" },
  { field: "baseline", label: "Baseline" },
  { field: "target", label: "Target" },
];
