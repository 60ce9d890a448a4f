import { assessPlan, type Plan, type ProgressReturn, type RollUp, rollUpByTheme } from "@cja-kit/core";
import {
  lanarkshirePerformanceFrameworkReport,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
  socialWorkOrders2016_17,
} from "@cja-kit/seed-data";
import { writeCommitteeReportCsv, writeIndicatorCsv, writePlanCsv, writeProgressCsv } from "../../src/index";

// The seeds, and the files csv's writers make of them, for tests that call every csv function
// with valid input and change one thing (csv's option checks, the repo's boundary harness).

const plan: Plan = lothianBordersActionPlan2010_11;
const progress: ProgressReturn = lothianBordersProgressYear2;
const report = lanarkshirePerformanceFrameworkReport;
const set = socialWorkOrders2016_17;
const { themes: _themes, columns: _columns, ...planMeta } = plan;
const { entries: _entries, ...returnMeta } = progress;
const { indicators: _indicators, ...setMeta } = set;

/** The seed documents, and what a reader is told that the file does not hold. */
export const seeds = { plan, progress, report, set, planMeta, returnMeta, setMeta };

/** The CSV files the writers make of the seeds: a plan with its return, a return, a report, an indicator set (long). */
export const seedTexts = {
  plan: writePlanCsv(plan, { progress }).csv,
  progress: writeProgressCsv(progress).csv,
  report: writeCommitteeReportCsv(report).csv,
  indicators: writeIndicatorCsv(set, { layout: "long" }).csv,
};

/** The plan's themes rolled up from its return, as at 30 September 2010. */
export const seedRollUps: RollUp[] = rollUpByTheme(
  plan.themes,
  assessPlan(plan, progress, { at: "2010-09-30" }),
);
