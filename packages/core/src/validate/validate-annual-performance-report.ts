import { checkIndicators } from "../_internal/check-indicators";
import { checkedFrom } from "../_internal/checked";
import { guarded, isObject } from "../_internal/guard";
import { schemaIssues } from "../_internal/schema-issues";
import { scoreIssues } from "../_internal/score-issues";
import type { Checked, Issue } from "../issue/issue";
import { AnnualPerformanceReport, type OutcomeReport } from "../report/annual-performance-report";
import { findOutcome } from "../taxonomy/find-outcome";
import { builtInRegistry, type OutcomeRegistry } from "../taxonomy/outcome-registry";

/**
 * Options for {@link checkAnnualPerformanceReport} and {@link validateAnnualPerformanceReport}:
 * the registry the report's outcome codes are looked up in.
 *
 * @example
 * ```ts
 * const options: AnnualReportCheckOptions = { registry: builtInRegistry };
 * ```
 */
export type AnnualReportCheckOptions = { registry?: OutcomeRegistry };

function outcomeIssues(
  outcome: OutcomeReport,
  index: number,
  report: AnnualPerformanceReport,
  registry: OutcomeRegistry,
): Issue[] {
  const path = ["outcomes", index];
  const ref = outcome.outcome;
  return [
    ...(ref === undefined || findOutcome(ref, registry) !== undefined
      ? []
      : [
          {
            code: "report/unknown-outcome",
            severity: "error" as const,
            message: `Outcome ${ref.code} of ${ref.framework} is not known; correct the reference.`,
            path: [...path, "outcome"],
          },
        ]),
    ...scoreIssues(
      outcome.selfAssessment ?? [],
      outcome.selfAssessment === undefined ? undefined : report.selfAssessmentHeadings,
      [...path, "selfAssessment"],
    ),
    ...checkIndicators(outcome.indicators ?? [], registry, [...path, "indicators"]),
  ];
}

function coverage(report: AnnualPerformanceReport, registry: OutcomeRegistry): Issue[] {
  const keys = report.outcomes.map((o) =>
    o.outcome === undefined ? undefined : `${o.outcome.framework}:${o.outcome.code}`,
  );
  const repeated = keys.flatMap((key, index): Issue[] =>
    key !== undefined && keys.indexOf(key) !== index
      ? [
          {
            code: "report/duplicate-outcome",
            severity: "warning",
            message: `Outcome ${key} is reported twice; report each outcome once.`,
            path: ["outcomes", index, "outcome"],
          },
        ]
      : [],
  );
  const framework = report.framework === undefined ? undefined : registry.frameworks[report.framework];
  const missing = (framework?.outcomes ?? [])
    .filter((outcome) => outcome.parent === undefined && !keys.includes(`${framework?.id}:${outcome.code}`))
    .map(
      (outcome): Issue => ({
        code: "report/missing-outcome",
        severity: "warning",
        message: `Outcome ${outcome.code} of ${outcome.framework} ("${outcome.wording}") is not reported on; the Act asks for each nationally determined outcome.`,
        path: ["outcomes"],
      }),
    );
  const period =
    report.period.kind === "financial-year"
      ? []
      : [
          {
            code: "report/period-not-year",
            severity: "warning" as const,
            message:
              "An annual performance report covers a financial year, 1 April to 31 March; give the year it reports on.",
            path: ["period"],
          },
        ];
  return [...repeated, ...missing, ...period];
}

/**
 * The checks of {@link validateAnnualPerformanceReport} without the schema parse, for a report
 * already typed: outcomes that resolve, each reported once, every outcome of its framework
 * reported, self-assessment scores from 1 to 10 and one per column, indicators as an indicator
 * set's are checked, and a year from 1 April to 31 March.
 *
 * @param report - A report that satisfies the `AnnualPerformanceReport` schema.
 * @param options - The registry outcomes resolve against.
 * @returns Every issue found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * checkAnnualPerformanceReport(AnnualPerformanceReport.parse(data));
 * ```
 */
export function checkAnnualPerformanceReport(
  report: AnnualPerformanceReport,
  options: AnnualReportCheckOptions = {},
): Issue[] {
  return guarded(
    "checkAnnualPerformanceReport",
    () => [
      ["report", AnnualPerformanceReport, report],
      ["options", isObject, options],
    ],
    () => checkAnnualPerformanceReportOf(report, options),
  );
}

function checkAnnualPerformanceReportOf(
  report: AnnualPerformanceReport,
  options: AnnualReportCheckOptions = {},
): Issue[] {
  const registry = options.registry ?? builtInRegistry;
  if (report.framework !== undefined && registry.frameworks[report.framework] === undefined)
    return [
      {
        code: "report/unknown-framework",
        severity: "error",
        message: `Framework "${report.framework}" is not registered; register it or correct the id.`,
        path: ["framework"],
      },
    ];
  return [
    ...report.outcomes.flatMap((outcome, index) => outcomeIssues(outcome, index, report, registry)),
    ...coverage(report, registry),
  ];
}

/**
 * Checks an annual performance report: the schema, then {@link checkAnnualPerformanceReport}'s rules.
 *
 * @param input - The report as data.
 * @param options - The registry outcomes resolve against.
 * @returns The typed report with any warnings, or the issues when an error was found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * validateAnnualPerformanceReport(report).ok; // true
 * ```
 */
export function validateAnnualPerformanceReport(
  input: unknown,
  options: AnnualReportCheckOptions = {},
): Checked<AnnualPerformanceReport> {
  return guarded(
    "validateAnnualPerformanceReport",
    () => [["options", isObject, options]],
    () => validateAnnualPerformanceReportOf(input, options),
  );
}

function validateAnnualPerformanceReportOf(
  input: unknown,
  options: AnnualReportCheckOptions = {},
): Checked<AnnualPerformanceReport> {
  const parsed = AnnualPerformanceReport.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  return checkedFrom(parsed.data, checkAnnualPerformanceReport(parsed.data, options));
}
