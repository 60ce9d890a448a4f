import {
  type Checked,
  hasErrors,
  type Issue,
  type OutcomeRegistry,
  type OutcomeReport,
  selfAssessmentFromTable,
} from "@cja-kit/core";
import { columnLetters } from "../_internal/column-letters";
import { fromSheet, onSheet, readSheet } from "../_internal/read-sheet";
import { SHEET_NAMES } from "../_internal/sheet-names";
import { type SimpleTable, simpleTable } from "../_internal/simple-table";
import type { SheetRecordsOptions } from "./read-options";

/**
 * Options for {@link readSelfAssessmentXlsx}: the framework whose outcomes the rows' numbers
 * name, and which sheet and limits.
 *
 * @example
 * ```ts
 * const options: ReadSelfAssessmentXlsxOptions = { framework: "cjpf-2023", sheet: "Self-assessment" };
 * ```
 */
export type ReadSelfAssessmentXlsxOptions = SheetRecordsOptions & {
  /** The framework whose outcomes the rows' leading numbers name (`1. More people…` is outcome 1). */
  framework?: string;
  /** The registry the framework is found in. @defaultValue core's built-in registry */
  registry?: OutcomeRegistry;
};

const filled = (cell: string) => cell.trim().length > 0;
/** The heading row: the first row with an outcome heading and at least one score heading. */
const isHeader = (cells: readonly string[]) => cells.filter(filled).length >= 2;

function noHeading(): Issue {
  return {
    code: "table/no-heading-row",
    severity: "error",
    message:
      'The sheet has no heading row: a self-assessment table starts with a row of headings, the outcome\'s ("National Outcome") then one per year ("Reporting Year").',
    path: [],
  };
}

/** Scores on a row with no outcome heading: reported, as core's table reader passes such rows over. */
function headless(table: SimpleTable): Issue[] {
  return table.rows.flatMap((cells, r) => {
    if (filled(cells[0] ?? "")) return [];
    const row = table.rowNumbers[r] ?? 0;
    return cells.flatMap((cell, column): Issue[] =>
      filled(cell)
        ? [
            {
              code: "table/cell-not-read",
              severity: "warning",
              message: `Row ${row} gives a score but no outcome, so "${cell.slice(0, 40)}" is not read; write the outcome's heading in the first column.`,
              path: [],
              row,
              column: columnLetters(column),
              actual: cell.slice(0, 200),
            },
          ]
        : [],
    );
  });
}

/**
 * Reads an annual performance report's self-assessment from a worksheet laid out as partnerships
 * publish it and {@link writeWorkbook} writes it: a heading row (the outcome column, then one
 * column per year under the report's own headings, e.g. "National Outcome | Reporting Year |
 * Reporting Year"), then a row per outcome, its heading as written and its scores as written,
 * through core's `selfAssessmentFromTable` (the outcome its leading number names in `framework`; a
 * heading worded otherwise kept, with an info issue). A title above the heading row is passed over
 * with an info issue; a score on a row with no outcome is reported. Every non-empty cell ends in
 * an outcome report or in an issue naming its sheet and row.
 *
 * @param bytes - The .xlsx file.
 * @param options - The framework, the sheet (default: "Self-assessment" where the workbook has it,
 *   else the first visible worksheet) and the limits.
 * @returns The outcome reports (headings and scores), or the issues that stop them.
 * @throws CjaKitError `usage/invalid-argument` when `bytes` is not a Uint8Array or ArrayBuffer, or `options` is not an object.
 * @example
 * ```ts
 * const read = readSelfAssessmentXlsx(bytes, { framework: "cjpf-2023" });
 * if (read.ok) read.value.map((o) => o.selfAssessment?.map((s) => s.raw));
 * ```
 */
export function readSelfAssessmentXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadSelfAssessmentXlsxOptions = {},
): Checked<OutcomeReport[]> {
  const read = readSheet(bytes, options, SHEET_NAMES.selfAssessment, "readSelfAssessmentXlsx");
  const table = simpleTable(read.items, isHeader, read.sheet);
  if (!("header" in table)) return fromSheet({ ok: false, issues: [...table.issues, noHeading()] }, read);
  const scores = selfAssessmentFromTable(table, {
    ...(options.framework === undefined ? {} : { framework: options.framework }),
    ...(options.registry === undefined ? {} : { registry: options.registry }),
  });
  const located = scores.issues.map((issue) =>
    issue.row === undefined ? issue : { ...issue, row: table.rowNumbers[issue.row] ?? issue.row },
  );
  const issues = [...table.issues, ...headless(table), ...located];
  return onSheet(
    hasErrors(issues) ? { ok: false, issues } : { ok: true, value: scores.value, issues },
    read.sheet,
  );
}
