import { checkedFrom } from "../_internal/checked";
import { guarded } from "../_internal/guard";
import { schemaIssues } from "../_internal/schema-issues";
import type { Checked, Issue } from "../issue/issue";
import { CommitteeReport, type ReportSectionRole } from "../report/committee-report";

const REQUIRED: Array<{ role: ReportSectionRole; name: string }> = [
  { role: "purpose", name: "purpose" },
  { role: "recommendations", name: "recommendations" },
];

/**
 * The checks of {@link validateCommitteeReport} without the schema parse, for a report already
 * typed: a purpose and recommendations stated, section numbers not repeated.
 *
 * @param report - A report that satisfies the `CommitteeReport` schema.
 * @returns Every issue found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const issues = checkCommitteeReport(CommitteeReport.parse(data));
 * ```
 */
export function checkCommitteeReport(report: CommitteeReport): Issue[] {
  return guarded(
    "checkCommitteeReport",
    () => [["report", CommitteeReport, report]],
    () => checkCommitteeReportOf(report),
  );
}

function checkCommitteeReportOf(report: CommitteeReport): Issue[] {
  const missing = REQUIRED.filter(
    ({ role }) => !report.sections.some((section) => section.role === role),
  ).map(
    ({ role, name }): Issue => ({
      code: `report/missing-${role}`,
      severity: "warning",
      message: `The report has no section giving its ${name}; committee reports state their ${name} first.`,
      path: ["sections"],
    }),
  );
  const seen = new Set<string>();
  const repeated = report.sections.flatMap((section, index): Issue[] => {
    if (section.number === undefined) return [];
    const number = section.number.replace(/\.$/, "");
    const duplicate = seen.has(number);
    seen.add(number);
    return duplicate
      ? [
          {
            code: "report/duplicate-section-number",
            severity: "warning",
            message: `Section number ${section.number} is used twice; renumber the sections.`,
            path: ["sections", index, "number"],
          },
        ]
      : [];
  });
  return [...missing, ...repeated];
}

/**
 * Checks a committee report: the schema, that it states its purpose and recommendations, and
 * that section numbers are not repeated. Paragraph numbers are kept as written and not checked
 * (seed 004 numbers section 2's paragraph "1.2").
 *
 * @param input - The report as data.
 * @returns The typed report with any warnings, or the issues when an error was found.
 * @example
 * ```ts
 * validateCommitteeReport(report).issues; // []
 * ```
 */
export function validateCommitteeReport(input: unknown): Checked<CommitteeReport> {
  const parsed = CommitteeReport.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  return checkedFrom(parsed.data, checkCommitteeReport(parsed.data));
}
