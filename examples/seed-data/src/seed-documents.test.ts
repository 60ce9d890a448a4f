import {
  assessIndicator,
  formatTimescale,
  type Issue,
  type Plan,
  parseMoney,
  parseOutcomeRefs,
  parseTimescale,
  parseTimescaleCell,
  planActions,
  validateCommitteeReport,
  validateIndicatorSet,
  validatePlan,
  validateProgressReturn,
} from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { seedDocuments } from "./seed-documents";

const plans = seedDocuments.flatMap((doc) => (doc.kind === "plan" ? [doc] : []));
const reports = seedDocuments.flatMap((doc) => (doc.kind === "committee-report" ? [doc] : []));
const codesAt = (issues: Issue[]) =>
  issues.map((issue) => `${issue.code} ${issue.actionNumber ?? ""}`.trim());

/** Wording kept as written because no date, amount or basis can be read in it: with its warning. */
const KEPT_UNPARSED: Record<string, string> = {
  "Discuss increasing home leave use": "timescale/unparsed",
  "Significant resource implications post planning period": "money/unparsed",
};

/** Outcome references read with a warning, never silently. */
const REFS_WITH_WARNINGS: Record<string, string> = {
  "(A1-A5 ; B1-B5; C1-C5)": "outcome-ref/range-past-group-end",
  "(A2,A3,A5; C)": "outcome-ref/bare-group",
};

function rows(plan: Plan) {
  return planActions(plan).flatMap(({ action }) => action.rows.map((row) => ({ action, row })));
}

function refLists(plan: Plan) {
  const themeRefs = (themes: Plan["themes"]): NonNullable<Plan["themes"][number]["outcomeRefs"]>[] =>
    themes.flatMap((theme) => [
      ...(theme.outcomeRefs === undefined ? [] : [theme.outcomeRefs]),
      ...themeRefs(theme.themes ?? []),
    ]);
  return [
    ...themeRefs(plan.themes),
    ...planActions(plan).flatMap(({ action }) =>
      action.outcomeRefs === undefined ? [] : [action.outcomeRefs],
    ),
  ];
}

describe.each(plans.map((doc) => [doc.slug, doc] as const))("%s", (_slug, doc) => {
  it("validates with zero errors; its warnings are the kept-unparsed wording and one baseline year", () => {
    const checked = validatePlan(doc.plan);
    expect(checked.ok).toBe(true);
    const expected: Record<string, string[]> = {
      "lothian-borders-action-plan-2010-11": [
        "timescale/unparsed 2.3.3.",
        "timescale/outside-plan-period 2.4.7",
        "money/unparsed 2.1.2",
      ],
    };
    expect(codesAt(checked.issues)).toEqual(expected[doc.slug] ?? []);
  });

  it("has a progress return that validates against it with zero errors or warnings", () => {
    const checked = validateProgressReturn(doc.progress, { plan: doc.plan });
    expect(checked.ok).toBe(true);
    expect(checked.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
  });

  it("reads every timescale, each stored as its wording parses, its marks kept as a cell", () => {
    for (const { action, row } of rows(doc.plan)) {
      if (row.timescale === undefined) continue;
      const { runs: _marks, ...stored } = row.timescale;
      const parsed = parseTimescale(row.timescale.raw);
      expect(parsed.value, `${action.number}: ${row.timescale.raw}`).toEqual(stored);
      expect(parseTimescaleCell(formatTimescale(row.timescale)).value).toEqual(row.timescale);
      for (const issue of parsed.issues)
        expect(KEPT_UNPARSED[issue.message.match(/"(.*?)"/)?.[1] ?? ""], issue.message).toBe(issue.code);
    }
  });

  it("reads every resources cell, each stored as its wording parses", () => {
    for (const { action, row } of rows(doc.plan)) {
      if (row.resources === undefined) continue;
      const parsed = parseMoney(row.resources.raw);
      expect(parsed.value, `${action.number}: ${row.resources.raw}`).toEqual(row.resources);
      for (const issue of parsed.issues)
        expect(KEPT_UNPARSED[issue.message.match(/"(.*?)"/)?.[1] ?? ""], issue.message).toBe(issue.code);
    }
  });

  it("reads every outcome reference, warning only where the seed is loose", () => {
    for (const list of refLists(doc.plan)) {
      const framework = list.refs[0]?.framework ?? doc.plan.outcomeFramework;
      const parsed = parseOutcomeRefs(list.raw, framework === undefined ? {} : { framework });
      expect(parsed.value).toEqual(list);
      expect(
        parsed.issues.map((issue) => issue.code),
        list.raw,
      ).toEqual(REFS_WITH_WARNINGS[list.raw] === undefined ? [] : [REFS_WITH_WARNINGS[list.raw]]);
    }
  });
});

describe("the seeds' shape", () => {
  it("holds every action and row of each plan", () => {
    expect(
      plans.map((doc) => [
        doc.slug,
        planActions(doc.plan).length,
        rows(doc.plan).length,
        doc.progress.entries.length,
      ]),
    ).toEqual([
      ["lanarkshire-progress-2010-11-q2", 4, 9, 9],
      ["lothian-borders-action-plan-2010-11", 44, 50, 49],
      ["lanarkshire-implementation-plan-2008-09-q2", 12, 12, 12],
    ]);
  });

  it("keeps action numbers as written, trailing dots included", () => {
    const numbers = planActions(plans[1]?.plan as Plan).map(({ action }) => action.number);
    expect(numbers).toContain("2.4.2.");
    expect(numbers.slice(0, 5)).toEqual(["2.1.1", "2.1.2", "2.1.3", "2.1.4", "2.1.5"]);
    expect(numbers.at(-1)).toBe("6.4");
  });

  it("keeps the seeds' typos", () => {
    const all = JSON.stringify(seedDocuments);
    for (const typo of [
      "compliments the wider community safety agenda",
      "bi annual meting",
      "The purpose of the report is to:-]",
      "Ontrack",
      "practice’s",
    ]) {
      expect(all).toContain(typo);
    }
  });
});

describe.each(reports.map((doc) => [doc.slug, doc] as const))("%s", (_slug, doc) => {
  it("validates with no issues", () => {
    expect(validateCommitteeReport(doc.report).issues).toEqual([]);
  });
});

describe("the seeds' indicators", () => {
  it("validate, and rate as the documents report them", () => {
    for (const doc of plans) {
      if (doc.indicators === undefined) continue;
      expect(validateIndicatorSet(doc.indicators).issues).toEqual([]);
    }
    const rated = plans.flatMap(
      (doc) =>
        doc.indicators?.indicators.map((indicator) => [
          doc.slug,
          indicator.id,
          assessIndicator(indicator).status,
        ]) ?? [],
    );
    expect(rated).toEqual([
      ["lanarkshire-progress-2010-11-q2", "icm-attendance", "unknown"],
      ["lothian-borders-action-plan-2010-11", "icm-attendance", "ok"],
      ["lothian-borders-action-plan-2010-11", "local-prisoner-places", "data-only"],
      ["lothian-borders-action-plan-2010-11", "employability-take-up", "unknown"],
    ]);
  });
});
