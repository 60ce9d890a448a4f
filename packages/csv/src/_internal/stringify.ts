import type { Issue } from "@cja-kit/core";
import type { CsvWriteOptions } from "../csv-options";
import { stringify } from "./deps/csv-stringify";
import { neutraliseFormula } from "./formula";
import { longCells } from "./long-cells";

/** Rows as CSV text, Excel-ready by default, with a warning for each cell a spreadsheet cannot hold. */
export function writeCsv(
  rows: readonly (readonly string[])[],
  options: CsvWriteOptions,
): { csv: string; issues: Issue[] } {
  const neutralise = options.escapeFormulas ?? true;
  const protect = options.protectValues ?? false;
  const cells = rows.map((row) => row.map((cell) => (neutralise ? neutraliseFormula(cell, protect) : cell)));
  const csv = stringify(cells, {
    bom: options.bom ?? true,
    delimiter: options.delimiter ?? ",",
    record_delimiter: (options.lineEnding ?? "crlf") === "crlf" ? "windows" : "unix",
    // Line breaks (csv-stringify leaves a bare CR or LF unquoted with Windows line ends) and either
    // delimiter: a spreadsheet whose list separator is the other one must not split the cell.
    quoted_match: /[\r\n,;\t]/,
  });
  return { csv, issues: longCells(cells) };
}
