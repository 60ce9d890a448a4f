import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import type { CommitteeReport } from "../report/committee-report";
import { validateCommitteeReport } from "./validate-committee-report";
import { validateIndicatorSet } from "./validate-indicator-set";

const authority = communityJusticeAuthorities.lanarkshire;

describe("validateIndicatorSet", () => {
  it("reports repeated ids, tolerances with no target and unknown outcomes", () => {
    const indicator = {
      id: "icm",
      name: "ICM attendance",
      unit: "percent",
      direction: "higher-is-better",
    } as const;
    const checked = validateIndicatorSet({
      title: "Performance",
      authority,
      indicators: [
        indicator,
        {
          ...indicator,
          tolerance: { kind: "absolute", value: 5 },
          outcomeRefs: { raw: "(C9)", refs: [{ framework: "nab-2008", code: "C9" }] },
        },
      ],
    });
    expect(checked.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["indicator/duplicate-id", "indicators.1.id"],
      ["indicator/tolerance-without-target", "indicators.1.tolerance"],
      ["outcome-ref/unknown-code", "indicators.1.outcomeRefs.refs.0"],
    ]);
  });
});

describe("validateCommitteeReport", () => {
  const report: CommitteeReport = {
    authority,
    subject: "Chief Officer's Update",
    sections: [
      {
        number: "1",
        title: "Purpose of Report",
        role: "purpose",
        paragraphs: [
          { number: "1.1", content: [{ kind: "paragraph", text: "The purpose of the report is to:-]" }] },
        ],
      },
      {
        number: "2",
        title: "Recommendation(s)",
        role: "recommendations",
        paragraphs: [
          {
            number: "1.2",
            content: [
              { kind: "paragraph", text: "The Authority is asked to approve the following recommendations:" },
            ],
          },
        ],
      },
    ],
  };

  it("accepts seed 004's numbering as written", () => {
    expect(validateCommitteeReport(report)).toEqual({ ok: true, value: report, issues: [] });
  });

  it("warns when purpose or recommendations are missing, or a section number repeats", () => {
    const checked = validateCommitteeReport({
      ...report,
      sections: [report.sections[0], { ...report.sections[0], role: "body" }],
    });
    expect(checked.issues.map((issue) => issue.code)).toEqual([
      "report/missing-recommendations",
      "report/duplicate-section-number",
    ]);
  });
});
