import { describe, expect, it } from "vitest";
import { extractPlan } from "../../test/extract";
import { formatIssue } from "../issue/format-issue";
import { parseMoney } from "../money/parse-money";
import type { Plan } from "../plan/plan";
import { parseYesNo } from "../plan/yes-no";
import { createRegistry } from "../taxonomy/create-registry";
import { parseTimescale } from "../timescale/parse-timescale";
import { validatePlan } from "./validate-plan";

const edit = (change: (plan: Plan) => void): Plan => {
  const plan = structuredClone(extractPlan);
  change(plan);
  return plan;
};
const partnership = (plan: Plan) => plan.themes[1]?.actions ?? [];

describe("validatePlan", () => {
  it("accepts the extract of seed 002 with no issues", () => {
    expect(validatePlan(extractPlan)).toEqual({ ok: true, value: extractPlan, issues: [] });
  });

  it("reports schema problems with their paths and does not throw", () => {
    const checked = validatePlan({ kind: "wish-list", themes: "none" });
    expect(checked.ok).toBe(false);
    expect(checked.issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["kind", "authority", "period", "columns", "themes"]),
    );
    expect(checked.issues.every((issue) => issue.code.startsWith("schema/"))).toBe(true);
    expect(validatePlan(null).ok).toBe(false);
    expect(validatePlan("a plan").ok).toBe(false);
  });

  it("reports a duplicate action number at the second action, with its number", () => {
    const plan = edit((p) => {
      const first = partnership(p)[0];
      if (first !== undefined) partnership(p).push({ ...first, number: "3.1.3." });
    });
    const checked = validatePlan(plan);
    expect(checked.ok).toBe(false);
    expect(checked.issues).toEqual([
      expect.objectContaining({
        code: "plan/duplicate-action-number",
        severity: "error",
        path: ["themes", 1, "actions", 2, "number"],
        actionNumber: "3.1.3.",
      }),
    ]);
    expect(formatIssue(checked.issues[0] as never)).toMatch(
      /^error at themes\.1\.actions\.2\.number \(action 3\.1\.3\.\) \[plan\/duplicate-action-number\]/,
    );
  });

  it("reports outcome references that do not resolve", () => {
    const plan = edit((p) => {
      const action = partnership(p)[0];
      if (action !== undefined)
        action.outcomeRefs = {
          raw: "(A5; D1)",
          refs: [
            { framework: "nab-2008", code: "A5" },
            { framework: "nab-2008", code: "D1" },
          ],
        };
    });
    expect(validatePlan(plan).issues).toEqual([
      expect.objectContaining({
        code: "outcome-ref/unknown-code",
        path: ["themes", 1, "actions", 0, "outcomeRefs", "refs", 1],
        actionNumber: "3.1.3",
      }),
    ]);
  });

  it("resolves a partnership's own framework when given its registry", () => {
    const local = {
      id: "local",
      title: "Local",
      source: "test",
      groups: [{ code: "L", label: "Local" }],
      outcomes: [{ framework: "local", code: "L1", group: "L", wording: "Safer communities" }],
    };
    const registry = createRegistry({ frameworks: [local] });
    const plan = edit((p) => {
      const action = partnership(p)[0];
      if (action !== undefined)
        action.outcomeRefs = { raw: "L1", refs: [{ framework: "local", code: "L1" }] };
    });
    expect(validatePlan(plan).issues.map((issue) => issue.code)).toEqual(["outcome-ref/unknown-framework"]);
    expect(registry.ok && validatePlan(plan, { registry: registry.value }).issues).toEqual([]);
  });

  it("reports parts that do not add up to the total (seed 002 3.1.4 altered)", () => {
    const plan = edit((p) => {
      const row = partnership(p)[1]?.rows[0];
      if (row !== undefined)
        row.resources = parseMoney(
          "Total 2 year project funding £102,000: The Robertson Trust: £30,000 SPS £30,000 Scottish Government: £12,000 VOs £20,000",
        ).value;
    });
    expect(validatePlan(plan).issues).toEqual([
      expect.objectContaining({
        code: "money/parts-do-not-sum",
        severity: "error",
        path: ["themes", 1, "actions", 1, "rows", 0, "resources"],
        actionNumber: "3.1.4",
      }),
    ]);
  });

  it("warns of unreadable timescales, milestones far outside the plan period, unreadable flags", () => {
    const plan = edit((p) => {
      const row = partnership(p)[0]?.rows[0];
      if (row === undefined) return;
      row.timescale = parseTimescale("Discuss increasing home leave use\n2006-07= 50%\nJuly 2013").value;
      row.flags = { "area-plan-2011-14": parseYesNo("maybe") };
    });
    const checked = validatePlan(plan);
    expect(checked.ok).toBe(true);
    expect(checked.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["timescale/unparsed", "warning"],
      ["timescale/outside-plan-period", "warning"],
      ["timescale/outside-plan-period", "warning"],
      ["plan/unreadable-flag", "warning"],
    ]);
  });

  it("reports an impossible date as an error", () => {
    const plan = edit((p) => {
      const row = partnership(p)[0]?.rows[0];
      if (row !== undefined) row.timescale = parseTimescale("31/02/2010").value;
    });
    expect(validatePlan(plan).issues).toEqual([
      expect.objectContaining({ code: "timescale/invalid-date", severity: "error", actionNumber: "3.1.3" }),
    ]);
  });

  it("does not change its input", () => {
    const plan = structuredClone(extractPlan);
    validatePlan(plan);
    expect(plan).toEqual(extractPlan);
  });
});
