import type { CsvWriteOptions } from "../csv-options";
import { stringify } from "./deps/csv-stringify";
import { neutraliseFormula } from "./formula";

/** Rows as CSV text, Excel-ready by default. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions): string {
  const neutralise = options.escapeFormulas ?? true;
  const cells = rows.map((row) => row.map((cell) => (neutralise ? neutraliseFormula(cell) : cell)));
  return stringify(cells, {
    bom: options.bom ?? true,
    delimiter: options.delimiter ?? ",",
    record_delimiter: (options.lineEnding ?? "crlf") === "crlf" ? "windows" : "unix",
    // csv-stringify leaves a field holding a bare CR or LF unquoted with Windows line ends.
    quoted_match: /[\r\n]/,
  });
}
