import { describe, expect, it } from "vitest";
import type { CanonicalStatus } from "./canonical-status";
import { defaultStatusRules } from "./default-status-rules";
import { normaliseStatus } from "./normalise-status";

describe("normaliseStatus", () => {
  it.each<[string, CanonicalStatus, string]>([
    // The status words of seeds 001, 002 and 003, and the peer wording of domain.md.
    ["On target", "on-track", "on-track"],
    ["On track", "on-track", "on-track"],
    ["Ontrack", "on-track", "on-track"],
    ["Ongoing", "ongoing", "ongoing"],
    ["Part complete", "ongoing", "part-complete"],
    ["complete", "complete", "complete"],
    ["Complete", "complete", "complete"],
    ["Not commenced", "not-started", "not-started"],
    ["This work stream has not progressed as designed", "at-risk", "not-progressed"],
    ["Work-stream currently under review", "at-risk", "under-review"],
    ["Awaiting outcome of Mental Health Review Report", "at-risk", "awaiting"],
    ["Audit not required as ADAT have information available", "no-longer-required", "not-required"],
    ["National target continues to be exceeded", "on-track", "target-met"],
    ["Minutes forwarded to Chief Officer for information.", "unknown", "none"],
    ["Ongoing through development of local and national performance framework", "ongoing", "ongoing"],
    [
      "Key meetings continue to be attended by LCJA in North and South Lanarkshire.",
      "ongoing",
      "in-progress",
    ],
    ["Meeting scheduled for 19th December", "on-track", "scheduled"],
    ["Not applicable", "no-longer-required", "not-applicable"],
    [
      "Concordat has resulted in this now being brought under Community Planning – integrate with 3.1.1.",
      "no-longer-required",
      "superseded",
    ],
    ["National target of 85% achieved and exceeded to 94%", "on-track", "target-met"],
    ["Accommodation audit completed.", "complete", "work-completed"],
    ["Group reporting quarterly as on target", "on-track", "on-track"],
    ["Families seminar in planning phase. Work in progress", "ongoing", "in-progress"],
    [
      "As a result of progress nationally, training will not be available until at the earliest April 2009.",
      "at-risk",
      "delayed",
    ],
    ["Links have been made with key agencies to take this work forward", "unknown", "none"],
    ["Will be included in agenda for victims forum meeting in December", "unknown", "none"],
  ])("reads %j as %s (rule %s)", (wording, status, rule) => {
    expect(normaliseStatus(wording)).toEqual({ raw: wording, status, rule });
  });

  it("tries rules in order: part complete is not complete, not progressed is not progressing", () => {
    expect(normaliseStatus("Part complete").status).toBe("ongoing");
    expect(normaliseStatus("This work stream has not progressed as designed").status).toBe("at-risk");
  });

  it("takes custom rules", () => {
    const rules = [
      { id: "rag-green", status: "on-track" as const, pattern: /^green$/, example: "Green" },
      ...defaultStatusRules,
    ];
    expect(normaliseStatus("  GREEN ", rules)).toEqual({
      raw: "  GREEN ",
      status: "on-track",
      rule: "rag-green",
    });
  });

  it("gives every built-in rule an example that it matches", () => {
    for (const rule of defaultStatusRules) {
      expect(normaliseStatus(rule.example).rule, rule.id).toBe(rule.id);
    }
  });
});
