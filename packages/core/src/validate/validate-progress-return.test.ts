import { describe, expect, it } from "vitest";
import { extractPlan, extractProgress } from "../../test/extract";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import type { Content } from "../content/content";
import { createProgressEntry } from "../progress/create-progress-entry";
import type { ProgressReturn } from "../progress/progress-return";
import { validateProgressReturn } from "./validate-progress-return";

const c = (text: string): Content => [{ kind: "paragraph", text }];

describe("validateProgressReturn", () => {
  it("accepts the extract's Year 2 return, noting wording no rule recognises", () => {
    const checked = validateProgressReturn(extractProgress, { plan: extractPlan });
    expect(checked.ok).toBe(true);
    expect(checked.issues.map((issue) => [issue.code, issue.severity, issue.actionNumber])).toEqual([
      ["status/unrecognised", "info", "2.4.2."],
      ["status/unrecognised", "info", "6.2"],
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
