import { headingKey } from "../../plan/match-field";
import type { TableReadOptions, TableSettings } from "../import-options";

const positive = (value: number | undefined, fallback: number) =>
  value !== undefined && value > 0 && !Number.isNaN(value) ? value : fallback;

/** Options with every default applied, once per table; the caller's headings keyed for matching. */
export function tableSettings(options: TableReadOptions): TableSettings {
  return {
    headings: new Map(
      Object.entries(options.headings ?? {}).map(([heading, target]) => [headingKey(heading), target]),
    ),
    unknownColumns: options.unknownColumns ?? "keep",
    mergedCells: options.mergedCells ?? "fill",
    maxColumns: positive(options.maxColumns, 1000),
    maxCellLength: positive(options.maxCellLength, 1_000_000),
  };
}
