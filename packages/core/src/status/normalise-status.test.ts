import { describe, expect, it } from "vitest";
import type { CanonicalStatus } from "./canonical-status";
import { defaultStatusRules } from "./default-status-rules";
import { normaliseStatus } from "./normalise-status";
import type { StatusRule } from "./status-rule";

describe("normaliseStatus", () => {
  it.each<[string, CanonicalStatus]>([
    // Status words of current national and partnership returns (issue 11, finding 4).
    ["Outstanding", "overdue"],
    ["In progress (with revised timescale)", "rescheduled"],
    ["Pilots and evaluation completed.", "complete"],
    ["Green", "on-track"],
    ["Amber", "at-risk"],
    ["Red", "off-track"],
    ["On hold", "on-hold"],
    ["Not met", "not-achieved"],
    ["Achieved", "complete"],
    ["Partially achieved", "part-complete"],
    ["Not yet due", "not-due"],
    ["Part complete", "part-complete"],
  ])("reads the status word %j as %s", (wording, status) => {
    expect(normaliseStatus(wording).status).toBe(status);
  });

  it.each<[string, CanonicalStatus]>([
    ["not yet complete", "ongoing"],
    ["Not yet achieved", "ongoing"],
    ["no longer delayed", "on-track"],
    ["Work is not at risk", "on-track"],
    ["Target not met", "not-achieved"],
    ["The group has not met since March", "at-risk"],
    ["Due to complete December 2009", "on-track"],
  ])("handles negation and look-alikes: %j is %s", (wording, status) => {
    expect(normaliseStatus(wording).status).toBe(status);
  });

  it("lets a later sentence end a problem, and a later problem outweigh steps done", () => {
    const lb251 =
      "Change of Victim Support personnel has prevented early development of this work stream.\nNew personnel now in place and group re-established.\nTraining outcome facilitated.\nScoping exercise re services and referral systems is complete.";
    expect(normaliseStatus(lb251)).toMatchObject({
      status: "complete",
      evidence: "Scoping exercise re services and referral systems is complete.",
    });
    expect(normaliseStatus("Audit completed. Funding for the follow-on work has ceased.").status).toBe(
      "at-risk",
    );
  });

  it("prefers a claim about the whole work to a list of steps", () => {
    expect(
      normaliseStatus(
        "Held Quarterly meetings with full Group. Completed mapping exercise.\nFamily support work at Prison Visitors' Centre progressing well.",
      ).status,
    ).toBe("on-track");
    expect(normaliseStatus("Phase 1 complete; phase 2 not yet started.").status).toBe("part-complete");
  });

  it("reads counted deliveries as progress, not completion", () => {
    expect(normaliseStatus("Two issues of Community Service Newsletter produced & distributed").status).toBe(
      "ongoing",
    );
    expect(normaliseStatus("The programme has now been delivered to 800 school children").status).toBe(
      "ongoing",
    );
  });

  it("keeps wording that states no status unknown, with no rule and no evidence", () => {
    expect(normaliseStatus("Cabinet Secretary visit to Duns 27 July.")).toEqual({
      raw: "Cabinet Secretary visit to Duns 27 July.",
      status: "unknown",
      rule: "none",
    });
    expect(normaliseStatus("").status).toBe("unknown");
  });

  it("takes custom rules in the same order of kinds", () => {
    const parked: StatusRule = {
      id: "parked",
      kind: "problem",
      status: "on-hold",
      pattern: /\bparked\b/,
      example: "Parked until the review reports",
    };
    const rules = [...defaultStatusRules, parked];
    expect(normaliseStatus("Group established; work parked until the review reports.", rules)).toMatchObject({
      status: "on-hold",
      rule: "parked",
    });
  });

  it("gives every built-in rule an example that it decides", () => {
    for (const rule of defaultStatusRules) {
      expect(normaliseStatus(rule.example).rule, rule.id).toBe(rule.id);
    }
  });
});
