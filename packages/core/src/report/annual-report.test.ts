import { describe, expect, it } from "vitest";
import { communityJusticePartnerships } from "../authority/community-justice-partnerships";
import { validateAnnualPerformanceReport } from "../validate/validate-annual-performance-report";
import type { AnnualPerformanceReport } from "./annual-performance-report";
import { annualReportSections } from "./annual-report-sections";
import { selfAssessmentFromTable, selfAssessmentTable } from "./self-assessment-table";

// East Lothian Community Justice Performance Report 2023-24, the self-assessment table as East
// Lothian Council's page gives it (https://eastlothian.gov.uk/info/210670/justice_social_work/12465/community_justice_in_east_lothian/2).
const TABLE = {
  header: ["National Outcome", "Reporting Year", "Reporting Year"],
  rows: [
    ["1. More people successfully complete diversion from prosecution", "8", "9"],
    [
      "4.  More people access services to support desistence and successfully complete community sentences",
      "9",
      "9",
    ],
  ],
};

const report = (outcomes: AnnualPerformanceReport["outcomes"]): AnnualPerformanceReport => ({
  title: "East Lothian Community Justice Performance Report 2023 - 2024",
  authority: communityJusticePartnerships["east-lothian"],
  period: { kind: "financial-year", year: "2023-24" },
  framework: "cjpf-2023",
  selfAssessmentHeadings: ["Reporting Year", "Reporting Year"],
  outcomes,
});

describe("the self-assessment table", () => {
  const read = selfAssessmentFromTable(TABLE, { framework: "cjpf-2023" });

  it("reads each outcome's two scores and names the outcome, keeping the report's wording", () => {
    expect(read.value[1]).toEqual({
      outcome: { framework: "cjpf-2023", code: "4" },
      heading: TABLE.rows[1]?.[0],
      selfAssessment: [
        { label: "Reporting Year", raw: "9", value: 9 },
        { label: "Reporting Year", raw: "9", value: 9 },
      ],
    });
    expect(read.issues).toMatchObject([{ code: "report/outcome-wording-differs", severity: "info", row: 1 }]);
    expect(selfAssessmentTable(report(read.value))).toEqual(TABLE);
  });

  it("lays each outcome out as a section, the change from 8 to 9 given", () => {
    const [first] = annualReportSections(report(read.value));
    expect(first?.parts).toEqual([
      {
        kind: "self-assessment",
        heading: "Self-assessment",
        header: ["Reporting Year", "Reporting Year"],
        scores: ["8", "9"],
        change: 1,
      },
    ]);
  });

  it("validates the scale, the columns and the outcomes a report covers", () => {
    const outcomes = read.value.map((outcome, index) =>
      index === 0
        ? { ...outcome, selfAssessment: [{ label: "Reporting Year", raw: "11", value: 11 }] }
        : outcome,
    );
    const checked = validateAnnualPerformanceReport(
      report([...outcomes, outcomes[1] ?? outcomes[0]] as AnnualPerformanceReport["outcomes"]),
    );
    expect(checked.issues.map((issue) => issue.code)).toEqual([
      "report/score-out-of-range",
      "report/score-count-mismatch",
      "report/duplicate-outcome",
      "report/missing-outcome",
      "report/missing-outcome",
      "report/missing-outcome",
      "report/missing-outcome",
      "report/missing-outcome",
      "report/missing-outcome",
      "report/missing-outcome",
    ]);
    expect(checked.ok).toBe(false);
  });
});
