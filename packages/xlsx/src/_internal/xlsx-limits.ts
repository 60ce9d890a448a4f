import type { SheetRecordsOptions } from "../read/read-options";

/** The limits in force. */
export type XlsxLimits = Required<Omit<SheetRecordsOptions, "sheet">>;

const DEFAULTS: XlsxLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxEntries: 10_000,
  maxInflatedBytes: 512 * 1024 * 1024,
  maxColumns: 1_000,
  maxCells: 10_000_000,
};

/** The options' limits, defaults filled in. */
export function xlsxLimits(options: SheetRecordsOptions): XlsxLimits {
  return {
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    maxEntries: options.maxEntries ?? DEFAULTS.maxEntries,
    maxInflatedBytes: options.maxInflatedBytes ?? DEFAULTS.maxInflatedBytes,
    maxColumns: options.maxColumns ?? DEFAULTS.maxColumns,
    maxCells: options.maxCells ?? DEFAULTS.maxCells,
  };
}
