import {
  assessPlan,
  canonicalStatusLabels,
  createRegistry,
  normaliseStatus,
  rollUp,
  rollUpByOutcome,
  rollUpByTheme,
} from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { lanarkshireActionPlan2010_11 } from "./lanarkshire/action-plan-2010-11";
import { lanarkshireImplementationPlan2008_09 } from "./lanarkshire/implementation-plan-2008-09";
import { lanarkshireLocalOutcomes, lanarkshireLocalToNsmo2006 } from "./lanarkshire/local-outcomes";
import { lanarkshireProgress2008_09Q2 } from "./lanarkshire/progress-2008-09-q2";
import { lanarkshireProgress2010_11Q2 } from "./lanarkshire/progress-2010-11-q2";
import { lothianBordersActionPlan2010_11 } from "./lothian-borders/action-plan-2010-11";
import { lothianBordersProgressYear2 } from "./lothian-borders/progress-2009-10";

// The six findings of issue 11, each with the result a performance officer would sign.

const lanarkshire2010 = assessPlan(lanarkshireActionPlan2010_11, lanarkshireProgress2010_11Q2);
const lothian = assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2);
const lanarkshire2008 = assessPlan(lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2);
const all = [...lothian, ...lanarkshire2008, ...lanarkshire2010];

describe("issue 11 findings", () => {
  it("1: Lanarkshire Q2 2010 action 2, first row, reported on target, is on track and green, not overdue", () => {
    const row = lanarkshire2010.find((a) => a.actionNumber === "2" && a.row === 0);
    expect(row).toMatchObject({ status: "on-track", rag: "green" });
    const summary = rollUp("plan", "Quarter 2 progress", lanarkshire2010);
    expect(summary.counts.status.overdue).toBe(0);
    // "Monies provided January 2010" records an event, not a deadline: nothing to check against it.
    expect(row?.schedule).toBe("event");
    expect(row?.checks).toEqual([]);
  });

  it("2: Lothian & Borders 2.5.1, whose scoping exercise is complete, is complete and green, not at risk", () => {
    expect(lothian.find((a) => a.actionNumber === "2.5.1")).toMatchObject({
      status: "complete",
      rag: "green",
    });
  });

  it("3: 'Part complete' is partly complete and amber, and says so", () => {
    const row = lanarkshire2010.find((a) => a.actionNumber === "2" && a.row === 2);
    expect(row).toMatchObject({ status: "part-complete", rag: "amber" });
    expect(canonicalStatusLabels["part-complete"]).toBe("Partly complete");
    expect(row?.because).toMatch(/^Reported partly complete/);
  });

  it("4: the wording of current national and partnership returns is understood", () => {
    const read = [
      "Outstanding",
      "In progress (with revised timescale)",
      "Pilots and evaluation completed.",
      "Green",
      "Amber",
      "Red",
      "On hold",
      "Not met",
      "Achieved",
      "Partially achieved",
      "Not yet due",
    ].map((wording) => normaliseStatus(wording).status);
    expect(read).toEqual([
      "overdue",
      "rescheduled",
      "complete",
      "on-track",
      "at-risk",
      "off-track",
      "on-hold",
      "not-achieved",
      "complete",
      "part-complete",
      "not-due",
    ]);
  });

  it("5: an outcome roll-up shows how much was rated and when, and declines to rate on too little", () => {
    const registry = createRegistry({
      frameworks: [lanarkshireLocalOutcomes],
      mappings: [lanarkshireLocalToNsmo2006],
    });
    if (!registry.ok) throw new Error("the Lanarkshire framework registers");
    const outcomes = rollUpByOutcome(all, { framework: "nab-2008", registry: registry.value });
    for (const outcome of outcomes) {
      expect(outcome.rated).toBe(
        outcome.counts.rag.red + outcome.counts.rag.amber + outcome.counts.rag.green,
      );
      expect(outcome.because).toMatch(/actions? rated \(\d+%\), assessed at /);
      if (outcome.coverage < 0.5) expect(outcome.rag).toBe("not-rated");
    }
    const whole = rollUp("all", "Both authorities", all);
    expect(whole.sources.map((s) => [s.title, s.at])).toEqual([
      [
        "Lothian & Borders Community Justice Authority, ACTION PLAN 2010-11, Year 2 Progress/ Amendments",
        "2010-03-31",
      ],
      [
        "Lanarkshire Community Justice Authority, DRAFT IMPLEMENTATION PLAN 2008-09, Quarter 2 update",
        "2008-09-30",
      ],
      ["Lanarkshire Community Justice Authority, QUARTER 2 PROGRESS July - September 2010", "2010-09-30"],
    ]);
    expect(whole.because).toMatch(/assessed at 30 September 2008, 31 March 2010 and 30 September 2010\.$/);
  });

  it("6: explanations are plain sentences about the work, with no rule ids or machine ids", () => {
    const groups = [
      rollUp("plan", "All", all),
      ...rollUpByTheme(lothianBordersActionPlan2010_11.themes, lothian),
      ...rollUpByOutcome(all, { framework: "nab-2008" }),
    ];
    const sentences = [
      ...all.flatMap((a) => [a.because, ...a.checks.map((c) => c.because)]),
      ...groups.flatMap((g) => [g.because, ...g.drivers.map((d) => `${d.label}: ${d.because}`)]),
    ];
    for (const text of sentences) {
      expect(text).not.toMatch(
        /lanarkshire\/|lothian-borders\/|recognis|rule|mapping made by wording|-(?:track|risk|started)\b/,
      );
      expect(text).toMatch(/^[A-Z0-9].*[.]$/s);
    }
  });
});
