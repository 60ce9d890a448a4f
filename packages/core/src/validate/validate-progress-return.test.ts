import { describe, expect, it } from "vitest";
import { extractPlan, extractProgress } from "../../test/extract";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import type { Content } from "../content/content";
import { createProgressEntry } from "../progress/create-progress-entry";
import type { ProgressReturn } from "../progress/progress-return";
import { reportedRagAgrees } from "./progress-rules";
import { validateProgressReturn } from "./validate-progress-return";

const c = (text: string): Content => [{ kind: "paragraph", text }];

describe("validateProgressReturn", () => {
  it("accepts the extract's Year 2 return: every entry states how the work stands", () => {
    const checked = validateProgressReturn(extractProgress, { plan: extractPlan });
    expect(checked.ok).toBe(true);
    expect(checked.issues).toEqual([]);
  });

  it("notes progress that states no status, in words about the work", () => {
    const progress = {
      ...extractProgress,
      entries: [createProgressEntry({ action: "2.3.2", row: 0, progress: c("As above") })],
    };
    expect(validateProgressReturn(progress, { plan: extractPlan }).issues).toEqual([
      expect.objectContaining({
        code: "status/unrecognised",
        severity: "info",
        message:
          'The progress reported for action 2.3.2 ("As above") does not say how the work stands, so it is not rated; report a status such as "On track", "Complete" or "Not started", or add a status rule.',
      }),
    ]);
  });

  it("reports a period outside the plan's, unknown actions and rows, and repeated entries", () => {
    const progress: ProgressReturn = {
      ...extractProgress,
      period: { kind: "quarter", year: "2011-12", quarter: 1 },
      entries: [
        createProgressEntry({ action: "9.9", progress: c("On target") }),
        createProgressEntry({ action: "2.4.2", row: 7, progress: c("On target") }),
        createProgressEntry({ action: "3.1.3", row: 0, progress: c("On target") }),
        createProgressEntry({ action: "3.1.3.", row: 0, progress: c("Complete") }),
      ],
    };
    expect(
      validateProgressReturn(progress, { plan: extractPlan }).issues.map((issue) => [
        issue.code,
        issue.path.join("."),
      ]),
    ).toEqual([
      ["progress/period-outside-plan", "period"],
      ["progress/unknown-action", "entries.0.action"],
      ["progress/unknown-row", "entries.1.row"],
      ["progress/duplicate-entry", "entries.3"],
    ]);
  });

  it("checks per-council parts against the authority's councils (seed 003 2.1.3)", () => {
    const progress: ProgressReturn = {
      authority: communityJusticeAuthorities.lanarkshire,
      period: { kind: "quarter", year: "2008-09", quarter: 2 },
      entries: [
        createProgressEntry({
          action: "2.1.3",
          progress: c(
            "As a result of progress nationally, training will not be available until at the earliest April 2009.",
          ),
          byCouncil: [
            { council: "SLC", progress: c("an induction group for CSOGP took place, with 8 offenders.") },
            { council: "NLC", progress: c("A relapse group and a core group have started") },
            { council: "GCC", progress: c("On target") },
          ],
        }),
      ],
    };
    expect(
      validateProgressReturn(progress).issues.map((issue) => [issue.code, issue.path.join(".")]),
    ).toEqual([["progress/unknown-council", "entries.0.byCouncil.2.council"]]);
  });

  it("reports a return that is not one", () => {
    expect(validateProgressReturn({ entries: [{ action: 1 }] }).ok).toBe(false);
  });
});

describe("reportedRagAgrees", () => {
  it("warns when the return's RAG differs from the rating its status wording carries", () => {
    const progress = {
      planId: "p",
      authority: communityJusticeAuthorities.lanarkshire,
      period: { kind: "quarter" as const, year: "2010-11" as const, quarter: 2 as const },
      entries: [
        createProgressEntry({
          action: "1",
          progress: c("Recruitment delayed"),
          reportedRag: { raw: "Green", rag: "green" },
        }),
        createProgressEntry({
          action: "2",
          progress: c("On target"),
          reportedRag: { raw: "Green", rag: "green" },
        }),
      ],
    };
    expect(reportedRagAgrees(progress, undefined)).toEqual([
      expect.objectContaining({
        code: "progress/reported-rag-differs",
        severity: "warning",
        actionNumber: "1",
        actual: "Green",
        path: ["entries", 0, "reportedRag"],
      }),
    ]);
  });
});
