import { describe, expect, it } from "vitest";
import { extractPlan, extractProgress } from "../../test/extract";
import { CjaKitError } from "../issue/cja-kit-error";
import { type ActionAssessment, assessPlan } from "./assess-plan";
import type { Rag } from "./rag";
import { rollUp } from "./roll-up";
import { rollUpByOutcome } from "./roll-up-by-outcome";
import { rollUpByTheme } from "./roll-up-by-theme";
import { decideRollUp, rollUpRuleLabel } from "./roll-up-rule";

const assessments = assessPlan(extractPlan, extractProgress);
const source =
  "Lothian & Borders Community Justice Authority, ACTION PLAN 2010-11, Year 2 Progress/ Amendments";

/** Assessments with the given ratings, for the worked examples of the presets. */
function rated(...ratings: Rag[]): ActionAssessment[] {
  const base = assessments[0];
  if (base === undefined) throw new Error("the extract has assessments");
  return ratings.map((rag, i) => ({ ...base, actionNumber: `1.${i + 1}`, rag, statusRag: rag, checks: [] }));
}

describe("assessPlan", () => {
  it("rates each reported row at the end of the return's period, keeping the reported status", () => {
    expect(assessments.map((a) => [a.actionNumber, a.row, a.status, a.rag])).toEqual([
      ["2.3.2", 0, "at-risk", "amber"],
      ["2.4.2.", 0, "ongoing", "green"],
      ["2.4.2.", 1, "ongoing", "green"],
      ["3.1.3", 0, "not-started", "amber"],
      ["3.1.4", undefined, "unknown", "not-rated"],
      ["6.2", 0, "ongoing", "green"],
    ]);
  });

  it("explains each rating in plain words, names its source by title, and lists checks", () => {
    expect(assessments[3]?.because).toBe("Reported not started; it was to start on 1 April 2008.");
    expect(assessments[4]?.because).toBe("No progress was reported for this action, so it is not rated.");
    expect(assessments[2]?.checks.map((c) => c.because)).toEqual([
      "Reported in progress, but the planned date, 31 July 2008, has passed: please confirm the date or report a revised one.",
    ]);
    expect(assessments[0]?.source).toEqual({
      title: source,
      planId: "lothian-borders/action-plan-2010-11",
      at: "2010-03-31",
    });
  });

  it("rates row 1 of 2.4.2 by its own timescale (July 08) and leaves the others alone", () => {
    expect(assessments[2]?.window).toEqual({ start: "2008-07-01", due: "2008-07-31", open: false });
  });

  it("moves an entry's schedule to its revised timescale", () => {
    const revisedTimescale = {
      raw: "March 2012",
      segments: [
        {
          text: "March 2012",
          when: {
            kind: "date" as const,
            span: { start: "2012-03-01", end: "2012-03-31", precision: "month" as const },
          },
        },
      ],
    };
    const progress = {
      ...extractProgress,
      entries: extractProgress.entries.map((e) => (e.action === "2.3.2" ? { ...e, revisedTimescale } : e)),
    };
    const late = assessPlan(extractPlan, progress, { at: "2011-06-30" });
    expect(late[0]).toMatchObject({
      actionNumber: "2.3.2",
      due: "2012-03-31",
      schedule: "not-yet-due",
      checks: [],
    });
    expect(late[0]?.because).toBe(
      "Reported at risk; the timescale was revised to 31 March 2012 (originally 31 March 2011).",
    );
  });

  it("takes a reporting date, and needs one", () => {
    const late = assessPlan(extractPlan, extractProgress, { at: "2011-06-30" });
    expect(late.find((a) => a.actionNumber === "3.1.3")).toMatchObject({ rag: "red", status: "not-started" });
    expect(() => assessPlan(extractPlan)).toThrow(CjaKitError);
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
  it("counts ratings, shows how much was rated and when, and names the actions behind a worst-of rating", () => {
    const summary = rollUp("plan", "Action Plan 2010-11", assessments);
    expect(summary).toMatchObject({ rag: "amber", total: 6, rated: 5, lowCoverage: false, checks: 1 });
    expect(summary.counts.rag).toEqual({ red: 0, amber: 2, green: 3, "not-rated": 1 });
    expect(summary.sources).toEqual([
      { title: source, planId: "lothian-borders/action-plan-2010-11", at: "2010-03-31", total: 6, rated: 5 },
    ]);
    expect(summary.because).toBe(
      "Amber because 2 of the 5 rated actions are amber: 2.3.2, 3.1.3. 5 of 6 actions rated (83%), assessed at 31 March 2010.",
    );
  });

  it("declines to rate below the coverage threshold, or rates and says low coverage when asked", () => {
    const few = [...rated("green", "green"), ...rated(...Array<Rag>(14).fill("not-rated"))];
    expect(rollUp("o", "Outcome", few)).toMatchObject({
      rag: "not-rated",
      lowCoverage: true,
      rated: 2,
      total: 16,
    });
    expect(rollUp("o", "Outcome", few).because).toBe(
      "Not rated: only 2 of 16 actions rated (13%), assessed at 31 March 2010. Of those rated: 2 green.",
    );
    const flagged = rollUp("o", "Outcome", few, { belowCoverage: "flag" });
    expect(flagged.rag).toBe("green");
    expect(flagged.because).toMatch(/^Low coverage: Green because all 2 rated actions are green/);
    expect(rollUp("o", "Outcome", few, { minCoverage: 0.1 }).rag).toBe("green");
  });

  it("names each action's source by title when the group spans sources, and a row only where its action has several", () => {
    const other = assessPlan(
      { ...extractPlan, id: "other-plan", title: "ACTION PLAN 2011-12" },
      { ...extractProgress, planId: "other-plan" },
    );
    const across = rollUp("both", "Both plans", [...assessments, ...other]);
    expect(across.drivers.map((d) => d.label)).toEqual([
      `2.3.2 of ${source}`,
      `3.1.3 of ${source}`,
      "2.3.2 of Lothian & Borders Community Justice Authority, ACTION PLAN 2011-12, Year 2 Progress/ Amendments",
      "3.1.3 of Lothian & Borders Community Justice Authority, ACTION PLAN 2011-12, Year 2 Progress/ Amendments",
    ]);
    expect(across.because).not.toMatch(/lothian-borders\//);
    const rows = rollUp(
      "rows",
      "2.4.2.",
      assessments.filter((a) => a.actionNumber === "2.4.2."),
    );
    expect(rows.drivers.map((d) => d.label)).toEqual(["2.4.2. (row 1)", "2.4.2. (row 2)"]);
  });

  it("does not rate a group with nothing rated", () => {
    expect(rollUp("none", "Nothing", []).because).toBe("Not rated: no actions.");
  });
});

describe("roll-up presets (the worked examples of docs/status-rules.md)", () => {
  // Ten actions: 1 red, 3 amber, 6 green.
  const ten = rated("red", "amber", "amber", "amber", "green", "green", "green", "green", "green", "green");

  it("worst-of: red, because one action is red", () => {
    expect(rollUp("g", "Group", ten).rag).toBe("red");
  });

  it("majority: green, the rating most actions have; a tie goes to the worse", () => {
    expect(rollUp("g", "Group", ten, { rule: { kind: "majority" } }).rag).toBe("green");
    expect(decideRollUp({ red: 0, amber: 2, green: 2, "not-rated": 0 }, { kind: "majority" })).toBe("amber");
  });

  it("share: amber, as 40% are red or amber (red needs 25% red, amber 25% red or amber)", () => {
    expect(rollUp("g", "Group", ten, { rule: { kind: "share", red: 0.25, amber: 0.25 } }).rag).toBe("amber");
    expect(rollUp("g", "Group", ten, { rule: { kind: "share", red: 0.25, amber: 0.5 } }).rag).toBe("green");
  });

  it("reported-only: what the returns say, leaving aside what the dates add", () => {
    const late = assessPlan(extractPlan, extractProgress, {
      at: "2011-06-30",
      rules: { method: "date-based", dueSoonDays: 7, lateInProgress: "amber", dateEvidence: "rate" },
    });
    expect(rollUp("p", "Plan", late).rag).toBe("red");
    expect(rollUp("p", "Plan", late, { rule: { kind: "reported-only" } }).rag).toBe("amber");
  });

  it("custom: a rule of your own, named in the roll-up", () => {
    const rule = {
      kind: "custom" as const,
      id: "two-reds",
      label: "Red at two reds",
      decide: (counts: Record<Rag, number>): Rag => (counts.red >= 2 ? "red" : "green"),
    };
    expect(rollUp("g", "Group", ten, { rule })).toMatchObject({ rag: "green", rule: "two-reds" });
    expect(rollUpRuleLabel(rule)).toBe("Red at two reds");
    expect(rollUpRuleLabel({ kind: "worst-of" })).toBe("Worst of");
  });
});

describe("rollUpByTheme", () => {
  it("follows the plan's tree of themes", () => {
    const themes = rollUpByTheme(extractPlan.themes, assessments);
    expect(themes.map((t) => [t.label, t.total, t.rag])).toEqual([
      ["STRATEGIC, SERVICE AND OFFENDER OUTCOME GROUPS", 3, "amber"],
      ["WORKING IN PARTNERSHIP", 2, "amber"],
      ["PERFORMANCE FRAMEWORK", 1, "green"],
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

  it("refuses a framework the registry does not hold", () => {
    expect(() => rollUpByOutcome(assessments, { framework: "nope" })).toThrow(CjaKitError);
  });
});
