import { type AnnualPerformanceReport, selfAssessmentTable } from "@cja-kit/core";
import { type Cell, figure, type SheetSpec, text } from "./sheet-model";
import { SHEET_NAMES } from "./sheet-names";

/** A score as written: a whole number as a number cell (it shows the same), anything else as text. */
const score = (raw: string): Cell | undefined =>
  /^\d{1,2}$/.test(raw) ? figure(raw, Number(raw), "0") : text(raw);

/**
 * The self-assessment sheet of an annual performance report: core's self-assessment table, one
 * row per outcome (its heading as written) and one column per year under the report's own
 * headings, whole-number scores as numbers and any other wording as written.
 */
export function selfAssessmentSheet(report: AnnualPerformanceReport): SheetSpec {
  const table = selfAssessmentTable(report);
  return {
    name: SHEET_NAMES.selfAssessment,
    table: true,
    columns: table.header.map((label, index) => ({ label, width: index === 0 ? 60 : 16 })),
    rows: table.rows.map(([heading = "", ...scores]) => [text(heading), ...scores.map(score)]),
  };
}
