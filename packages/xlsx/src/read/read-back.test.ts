import {
  type CommitteeReport,
  type IndicatorSet,
  type Plan,
  type ProgressReturn,
  selfAssessmentFromTable,
  selfAssessmentTable,
  type Theme,
} from "@cja-kit/core";
import {
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
  lothianBordersActionPlan2010_11,
  partnershipDocuments,
  seedDocuments,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../write/write-workbook";
import { readCommitteeReportXlsx } from "./read-committee-report-xlsx";
import { readIndicatorsXlsx } from "./read-indicators-xlsx";
import { readPlanXlsx } from "./read-plan-xlsx";
import { readProgressXlsx } from "./read-progress-xlsx";
import { readSelfAssessmentXlsx } from "./read-self-assessment-xlsx";

// Every seed document and every published partnership document, written as a workbook, reads back
// identical through the readers: nothing lost, nothing guessed, no error or warning.

const planMeta = ({ themes: _themes, columns: _columns, ...meta }: Plan) => meta;
const returnMeta = ({ entries: _entries, ...meta }: ProgressReturn) => meta;

type PlanCase = [string, Plan, ProgressReturn];
const plans: PlanCase[] = seedDocuments.flatMap((doc): PlanCase[] =>
  doc.kind === "plan" ? [[doc.slug, doc.plan, doc.progress]] : [],
);

// Today's partnerships' plans, each alone, and the delivery plan's completed deliverables with
// update 2 beside them, as the update is published: outcome references the wording does not say
// (West Dunbartonshire's "Section 4") and an entry's own cells (Opened, Closed) included.
type PartnershipCase = [string, Plan, ProgressReturn | undefined];
const partnershipPlans: PartnershipCase[] = [
  ...partnershipDocuments.flatMap((entry) =>
    entry.documents.flatMap((document, index): PartnershipCase[] =>
      document.format === "plan" ? [[`${entry.slug}.${index}`, document.data, undefined]] : [],
    ),
  ),
  ["national delivery plan 2023, update 2", deliveryPlanCompleted2024, deliveryPlanUpdate2],
];

type SetCase = [string, IndicatorSet, string];
const sets: SetCase[] = [
  ...seedDocuments.flatMap((doc): SetCase[] =>
    doc.kind === "plan" && doc.indicators !== undefined
      ? [[doc.slug, doc.indicators, doc.plan.outcomeFramework ?? "nab-2008"]]
      : [],
  ),
  ...partnershipDocuments.flatMap((entry) =>
    entry.documents.flatMap((document): SetCase[] =>
      document.format === "indicator-set" ? [[entry.slug, document.data, "nab-2008"]] : [],
    ),
  ),
];

const reports: Array<[string, CommitteeReport]> = seedDocuments.flatMap(
  (doc): Array<[string, CommitteeReport]> =>
    doc.kind === "committee-report" ? [[doc.slug, doc.report]] : [],
);

// The seeds' own wording gives warnings (an amount in words, a range past its group), as from CSV.
/** A theme with its actions' own references left out, and its sub-themes'. */
const withoutActionRefs = (theme: Theme): Theme => ({
  ...theme,
  ...(theme.actions === undefined
    ? {}
    : { actions: theme.actions.map(({ outcomeRefs: _refs, ...action }) => action) }),
  ...(theme.themes === undefined ? {} : { themes: theme.themes.map(withoutActionRefs) }),
});

const errors = (issues: readonly { severity: string }[]) =>
  issues.filter((issue) => issue.severity === "error");

describe("a workbook this package wrote reads back identical", () => {
  it.each(plans)("plan %s, with its return", (_slug, plan, progress) => {
    const { bytes, issues } = writeWorkbook({ plan, progress });
    expect(issues).toEqual([]);
    const read = readPlanXlsx(bytes, {
      plan: planMeta(plan),
      ...(plan.outcomeFramework === undefined ? {} : { framework: plan.outcomeFramework }),
      progress: returnMeta(progress),
    });
    expect(errors(read.issues)).toEqual([]);
    expect(read.ok && read.value.plan).toEqual(plan);
    // An entry for a whole one-row action reads back as the entry for its row 0, as from CSV.
    const entries = progress.entries.map((entry) => ({ ...entry, row: entry.row ?? 0 }));
    expect(read.ok && read.value.progress).toEqual({ ...progress, entries });
    const returns = readProgressXlsx(bytes, { authority: progress.authority });
    expect(errors(returns.issues)).toEqual([]);
    expect(returns.ok && returns.value).toEqual([progress]);
  });

  it.each(partnershipPlans)("partnership plan %s", (_slug, plan, progress) => {
    const { bytes, issues } = writeWorkbook(progress === undefined ? { plan } : { plan, progress });
    expect(issues).toEqual([]);
    const read = readPlanXlsx(bytes, {
      plan: planMeta(plan),
      ...(plan.outcomeFramework === undefined ? {} : { framework: plan.outcomeFramework }),
      ...(progress === undefined ? {} : { progress: returnMeta(progress) }),
    });
    expect(errors(read.issues)).toEqual([]);
    expect(read.ok && read.value.plan).toEqual(plan);
    const entries = progress?.entries.map((entry) => ({ ...entry, row: entry.row ?? 0 }));
    expect(read.ok && read.value.progress?.entries).toEqual(entries);
  });

  it("keeps references as codes where the plan's own framework would read their wording otherwise", () => {
    // Lothian and Borders' themes cite the 2008 outcomes in bare codes ("(B1-B5)"); in a plan that
    // says its bare codes are the 2016 strategy's, that wording reads as other references.
    // The actions' own references (also bare codes, with no codes column) are left out.
    const plan: Plan = {
      ...lothianBordersActionPlan2010_11,
      outcomeFramework: "nscj-2016",
      themes: lothianBordersActionPlan2010_11.themes.map(withoutActionRefs),
    };
    const { bytes } = writeWorkbook({ plan });
    const read = readPlanXlsx(bytes, { plan: planMeta(plan), framework: "nscj-2016" });
    expect(read.ok && read.value.plan).toEqual(plan);
  });

  it.each(sets)("indicator set of %s", (_slug, set, framework) => {
    const { indicators: _indicators, ...meta } = set;
    const read = readIndicatorsXlsx(writeWorkbook({ indicators: set }).bytes, { set: meta, framework });
    expect(errors(read.issues)).toEqual([]);
    expect(read.ok && read.value).toEqual(set);
  });

  it.each(reports)("committee report %s", (_slug, report) => {
    const read = readCommitteeReportXlsx(writeWorkbook({ committeeReport: report }).bytes, {
      authority: report.authority,
    });
    expect(errors(read.issues)).toEqual([]);
    expect(read.ok && read.value).toEqual(report);
  });

  it("every annual report's self-assessment", () => {
    const annual = partnershipDocuments.flatMap((entry) =>
      entry.documents.flatMap((d) => (d.format === "annual-performance-report" ? [d.data] : [])),
    );
    expect(annual.length).toBeGreaterThan(0);
    for (const report of annual) {
      const read = readSelfAssessmentXlsx(writeWorkbook({ annualReport: report }).bytes, {
        framework: report.framework,
      });
      const expected = selfAssessmentFromTable(selfAssessmentTable(report), { framework: report.framework });
      expect(errors(read.issues)).toEqual([]);
      expect(read.ok && read.value).toEqual(expected.value);
    }
  });
});
