import { guarded, isObject, isText, isTextTable } from "../_internal/guard";
import type { Issue, Parsed } from "../issue/issue";
import { findOutcome } from "../taxonomy/find-outcome";
import { builtInRegistry, type OutcomeRegistry } from "../taxonomy/outcome-registry";
import { AnnualPerformanceReport, type OutcomeReport } from "./annual-performance-report";
import type { SelfAssessmentScore } from "./self-assessment";

/**
 * A self-assessment table as partnerships publish it: one row per outcome, its heading then one
 * score per column (East Lothian 2023-24: "National Outcome | Reporting Year | Reporting Year").
 *
 * @example
 * ```ts
 * const table: SelfAssessmentTable = { header: ["National Outcome", "Reporting Year", "Reporting Year"], rows: [["1. More people successfully complete diversion from prosecution", "8", "9"]] };
 * ```
 */
export type SelfAssessmentTable = { header: string[]; rows: string[][] };

/**
 * The report's self-assessment as one table, every outcome a row, scores as written, two (or
 * more) years side by side under the report's own headings.
 *
 * @param report - The report.
 * @param firstHeading - The first column's heading. @defaultValue "National Outcome"
 * @returns The table.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * selfAssessmentTable(eastLothian2023_24).rows[0]; // ["1. More people successfully complete diversion from prosecution", "8", "9"]
 * ```
 */
export function selfAssessmentTable(
  report: AnnualPerformanceReport,
  firstHeading = "National Outcome",
): SelfAssessmentTable {
  return guarded(
    "selfAssessmentTable",
    () => [
      ["report", AnnualPerformanceReport, report],
      ["firstHeading", isText, firstHeading],
    ],
    () => selfAssessmentTableOf(report, firstHeading),
  );
}

function selfAssessmentTableOf(
  report: AnnualPerformanceReport,
  firstHeading = "National Outcome",
): SelfAssessmentTable {
  const width = Math.max(0, ...report.outcomes.map((outcome) => outcome.selfAssessment?.length ?? 0));
  const headings =
    report.selfAssessmentHeadings ??
    Array.from(
      { length: width },
      (_, index) =>
        report.outcomes.find((o) => o.selfAssessment?.[index])?.selfAssessment?.[index]?.label ?? "",
    );
  const rows = report.outcomes
    .filter((outcome) => (outcome.selfAssessment?.length ?? 0) > 0)
    .map((outcome) => [
      outcome.heading,
      ...headings.map((_, index) => outcome.selfAssessment?.[index]?.raw ?? ""),
    ]);
  return { header: [firstHeading, ...headings], rows };
}

/** A score as written, with its number where it is a whole number (1-10 is checked by validation). */
function scoreFrom(label: string, raw: string): SelfAssessmentScore {
  const text = raw.trim();
  return /^\d{1,2}$/.test(text) ? { label, raw, value: Number(text) } : { label, raw };
}

function outcomeOf(heading: string, framework: string | undefined, registry: OutcomeRegistry, row: number) {
  const code = /^\s*(?:outcome\s*)?(\d+)[.):]?\s+/i.exec(heading)?.[1];
  const ref = framework === undefined || code === undefined ? undefined : { framework, code };
  const found = ref === undefined ? undefined : findOutcome(ref, registry);
  const issues: Issue[] = [];
  const wording = heading.replace(/^\s*(?:outcome\s*)?\d+[.):]?\s+/i, "").trim();
  if (found !== undefined && found.wording !== wording)
    issues.push({
      code: "report/outcome-wording-differs",
      severity: "info",
      message: `Outcome ${found.code} is worded "${wording.slice(0, 200)}" here and "${found.wording}" in ${found.framework}; the report's wording is kept.`,
      path: ["outcomes", row, "heading"],
      row,
      actual: wording.slice(0, 200),
    });
  if (framework !== undefined && found === undefined)
    issues.push({
      code: "report/unknown-outcome",
      severity: "warning",
      message: `"${heading.slice(0, 200)}" does not name an outcome of ${framework} by its number; it is kept as a local outcome.`,
      path: ["outcomes", row, "heading"],
      row,
      actual: heading.slice(0, 200),
    });
  return { outcome: found === undefined ? undefined : ref, issues };
}

/**
 * Reads a self-assessment table back into outcome reports: each row's heading as written, the
 * outcome its leading number names in `framework` (a heading worded otherwise than the framework,
 * e.g. East Lothian's "desistence", is kept, with an info issue), each cell a score under its
 * column's heading.
 *
 * @param table - Header and rows.
 * @param options - `framework` whose outcomes the numbers name; `registry`.
 * @returns The outcome reports (headings and scores) and the issues met (`row` from 0).
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * selfAssessmentFromTable(table, { framework: "cjpf-2023" }).value[0]?.outcome; // { framework: "cjpf-2023", code: "1" }
 * ```
 */
export function selfAssessmentFromTable(
  table: SelfAssessmentTable,
  options: { framework?: string; registry?: OutcomeRegistry } = {},
): Parsed<OutcomeReport[]> {
  return guarded(
    "selfAssessmentFromTable",
    () => [
      ["table", isTextTable, table],
      ["options", isObject, options],
    ],
    () => selfAssessmentFromTableOf(table, options),
  );
}

function selfAssessmentFromTableOf(
  table: SelfAssessmentTable,
  options: { framework?: string; registry?: OutcomeRegistry } = {},
): Parsed<OutcomeReport[]> {
  const registry = options.registry ?? builtInRegistry;
  const issues: Issue[] = [];
  const outcomes = table.rows.flatMap((cells, row): OutcomeReport[] => {
    const heading = cells[0]?.trim() ?? "";
    if (heading === "") return [];
    const found = outcomeOf(heading, options.framework, registry, row);
    issues.push(...found.issues);
    const selfAssessment = table.header
      .slice(1)
      .map((label, column) => scoreFrom(label, cells[column + 1] ?? ""));
    return [{ ...(found.outcome === undefined ? {} : { outcome: found.outcome }), heading, selfAssessment }];
  });
  return { value: outcomes, issues };
}
