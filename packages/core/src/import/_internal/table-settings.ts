import { headingKey } from "../../plan/match-field";
import { checkTableOptions } from "../check-table-options";
import type { TableReadOptions, TableSettings } from "../import-options";

/**
 * Options with every default applied, once per table; the caller's headings keyed for matching.
 * An option of the wrong type is `CjaKitError` `usage/invalid-argument`, never ignored.
 */
export function tableSettings(options: TableReadOptions, fn: string): TableSettings {
  checkTableOptions(options, fn);
  return {
    headings: new Map(
      Object.entries(options.headings ?? {}).map(([heading, target]) => [headingKey(heading), target]),
    ),
    unknownColumns: options.unknownColumns ?? "keep",
    mergedCells: options.mergedCells ?? "fill",
    maxColumns: options.maxColumns ?? 1000,
    maxCellLength: options.maxCellLength ?? 1_000_000,
  };
}
