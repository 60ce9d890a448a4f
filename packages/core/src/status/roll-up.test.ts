import { describe, expect, it } from "vitest";
import { extractPlan, extractProgress } from "../../test/extract";
import { assessPlan } from "./assess-plan";
import { rollUp } from "./roll-up";
import { rollUpByOutcome } from "./roll-up-by-outcome";
import { rollUpByTheme } from "./roll-up-by-theme";

const assessments = assessPlan(extractPlan, extractProgress);

describe("assessPlan", () => {
  it("rates each reported row at the end of the return's period, plan years resolved from the area plan", () => {
    expect(assessments.map((a) => [a.actionNumber, a.row, a.status, a.rag])).toEqual([
      ["2.3.2", 0, "at-risk", "amber"],
      ["2.4.2.", 0, "unknown", "not-rated"],
      ["2.4.2.", 1, "complete", "green"],
      ["3.1.3", 0, "not-started", "amber"],
      ["3.1.4", undefined, "unknown", "not-rated"],
      ["6.2", 0, "unknown", "not-rated"],
    ]);
  });

  it("explains each rating", () => {
    expect(assessments[3]?.because).toBe("Reported not started; it was to start 1 April 2008.");
    expect(assessments[4]?.because).toBe("No progress reported: not rated.");
  });

  it("rates row 1 of 2.4.2 by its own timescale (July 08) and leaves the others alone", () => {
    expect(assessments[2]?.window).toEqual({ start: "2008-07-01", due: "2008-07-31", open: false });
  });

  it("takes a reporting date, and needs one", () => {
    const late = assessPlan(extractPlan, extractProgress, { at: "2011-06-30" });
    expect(late.find((a) => a.actionNumber === "3.1.3")).toMatchObject({ rag: "red", status: "overdue" });
    expect(() => assessPlan(extractPlan)).toThrow(/reporting date/);
  });

  it("does not change the plan or the return", () => {
    const plan = structuredClone(extractPlan);
    const progress = structuredClone(extractProgress);
    assessPlan(plan, progress);
    expect(plan).toEqual(extractPlan);
    expect(progress).toEqual(extractProgress);
  });
});

describe("rollUp", () => {
  it("counts statuses and ratings and names the actions behind a worst-of rating", () => {
    const summary = rollUp("plan", "Action Plan 2010-11", assessments);
    expect(summary.rag).toBe("amber");
    expect(summary.counts.rag).toEqual({ red: 0, amber: 2, green: 1, "not-rated": 3 });
    expect(summary.counts.status["not-started"]).toBe(1);
    expect(summary.because).toBe("Amber because 2 of 6 are amber: 2.3.2, 3.1.3.");
    expect(summary.drivers.map((d) => d.because)).toEqual([
      "Reported at risk.",
      "Reported not started; it was to start 1 April 2008.",
    ]);
  });

  it("names each action's plan when the group spans plans, and a row only where its action has several", () => {
    const other = assessPlan(
      { ...extractPlan, id: "other-plan" },
      { ...extractProgress, planId: "other-plan" },
    );
    const across = rollUp("both", "Both plans", [...assessments, ...other]);
    expect(across.because).toBe(
      "Amber because 4 of 12 are amber: lothian-borders/action-plan-2010-11 2.3.2, lothian-borders/action-plan-2010-11 3.1.3, other-plan 2.3.2, other-plan 3.1.3.",
    );
    const rows = rollUp(
      "rows",
      "2.4.2.",
      assessments.filter((a) => a.actionNumber === "2.4.2."),
    );
    expect(rows.drivers.map((d) => d.label)).toEqual(["2.4.2. (row 2)"]);
  });

  it("rates by proportion when asked", () => {
    expect(rollUp("plan", "Plan", assessments, { kind: "proportion", red: 0.25, amber: 0.7 }).rag).toBe(
      "green",
    );
    expect(rollUp("plan", "Plan", assessments, { kind: "proportion", red: 0.25, amber: 0.5 }).rag).toBe(
      "amber",
    );
  });

  it("does not rate a group with nothing rated", () => {
    expect(rollUp("none", "Nothing", []).because).toBe("Not rated: no actions.");
  });
});

describe("rollUpByTheme", () => {
  it("follows the plan's tree of themes", () => {
    const themes = rollUpByTheme(extractPlan.themes, assessments);
    expect(themes.map((t) => [t.label, t.total, t.rag])).toEqual([
      ["STRATEGIC, SERVICE AND OFFENDER OUTCOME GROUPS", 3, "amber"],
      ["WORKING IN PARTNERSHIP", 2, "amber"],
      ["PERFORMANCE FRAMEWORK", 1, "not-rated"],
    ]);
    expect(themes[0]?.children?.map((t) => [t.label, t.rag])).toEqual([
      ["2.3 Accommodation (B1-B5)", "amber"],
      ["2.4 Offending Behaviour (A1-A5; B1-B5)", "green"],
    ]);
  });
});

describe("rollUpByOutcome", () => {
  it("counts actions under the 14 outcomes, inheriting a theme's references", () => {
    const outcomes = rollUpByOutcome(assessments, { framework: "nab-2008" });
    expect(outcomes).toHaveLength(14);
    const b1 = outcomes.find((o) => o.key === "nab-2008:B1");
    expect(b1?.total).toBe(2);
    expect(b1?.drivers.map((d) => d.actionNumber)).toEqual(["2.3.2", "3.1.3"]);
    expect(outcomes.find((o) => o.key === "nab-2008:A1")?.total).toBe(2);
  });

  it("maps the 14 onto the National Strategy's 23 through the mapping", () => {
    const outcomes = rollUpByOutcome(assessments, { framework: "nsmo-2006" });
    expect(outcomes.find((o) => o.key === "nsmo-2006:O2")?.total).toBe(2);
    expect(outcomes.find((o) => o.key === "nsmo-2006:C6")?.total).toBe(0);
  });
});
