import { assessPlan, type Plan, type ProgressReturn, rollUpByTheme } from "@cja-kit/core";
import * as csv from "@cja-kit/csv";
import { writeCommitteeReportCsv, writeIndicatorCsv, writePlanCsv, writeProgressCsv } from "@cja-kit/csv";
import {
  lanarkshirePerformanceFrameworkReport,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
  socialWorkOrders2016_17,
} from "@cja-kit/seed-data";
import type { NestedOptions, Samples, Surface } from "./surface";

// One valid call of every function @cja-kit/csv exports: the harness puts a wrong value in each
// place in turn. The readers get files the writers made of the seeds; a stream reader gets a fresh
// async iterable of the file's bytes, cut in two, for each call.

const plan: Plan = lothianBordersActionPlan2010_11;
const progress: ProgressReturn = lothianBordersProgressYear2;
const { themes: _themes, columns: _columns, ...planMeta } = plan;
const { entries: _entries, ...returnMeta } = progress;
const { indicators: _indicators, ...setMeta } = socialWorkOrders2016_17;
const report = lanarkshirePerformanceFrameworkReport;

const planText = writePlanCsv(plan, { progress }).csv;
const progressText = writeProgressCsv(progress).csv;
const reportText = writeCommitteeReportCsv(report).csv;
const indicatorText = writeIndicatorCsv(socialWorkOrders2016_17, { layout: "long" }).csv;
const assessments = assessPlan(plan, progress, { at: "2010-09-30" });

async function* streamOf(text: string): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const half = Math.floor(bytes.length / 2);
  yield bytes.subarray(0, half);
  yield bytes.subarray(half);
}

export const csvSamples: Samples = {
  readCommitteeReportCsv: [reportText, { authority: report.authority }],
  readCommitteeReportCsvStream: () => [streamOf(reportText), { authority: report.authority }],
  readIndicatorCsv: [indicatorText, { set: setMeta, layout: "long" }],
  readPlanCsv: [planText, { plan: planMeta, progress: returnMeta }],
  readPlanCsvStream: () => [streamOf(planText), { plan: planMeta, progress: returnMeta }],
  readProgressCsv: [progressText, { authority: progress.authority }],
  readProgressCsvStream: () => [streamOf(progressText), { authority: progress.authority }],
  writeCommitteeReportCsv: [report, { bom: false }],
  writeIndicatorCsv: [socialWorkOrders2016_17, { layout: "wide" }],
  writePlanCsv: [plan, { layout: "document", progress }],
  writeProgressCsv: [[progress], { lineEnding: "lf" }],
  writeRollUpCsv: [rollUpByTheme(plan.themes, assessments), { delimiter: ";" }],
};

const read = ["encoding", "delimiter", "restoreFormulas"];
const table = ["headings", "unknownColumns", "mergedCells", "maxColumns", "maxCellLength"];
const write = ["bom", "lineEnding", "delimiter", "escapeFormulas", "protectValues"];
const options = (...keys: string[]): NestedOptions => ({ place: 1, keys });

/** Every option of every csv function, varied one by one inside its options object. */
export const csvNested: Record<string, NestedOptions> = {
  readCommitteeReportCsv: options(...read, ...table, "authority"),
  readCommitteeReportCsvStream: options(...read, ...table, "authority"),
  readIndicatorCsv: options(...read, "maxColumns", "maxCellLength", "set", "layout"),
  readPlanCsv: options(...read, ...table, "plan", "progress", "framework"),
  readPlanCsvStream: options(...read, ...table, "plan", "progress", "framework"),
  readProgressCsv: options(...read, ...table, "authority", "period", "planId"),
  readProgressCsvStream: options(...read, ...table, "authority", "period", "planId"),
  writeCommitteeReportCsv: options(...write),
  writeIndicatorCsv: options(...write, "layout"),
  writePlanCsv: options(...write, "layout", "progress"),
  writeProgressCsv: options(...write),
  writeRollUpCsv: options(...write),
};

/** The entry points this file holds to the contract (`test/public-boundary.test.ts` finds it). */
export const surfaces: Surface[] = [
  { name: "@cja-kit/csv", exports: csv, samples: csvSamples, nested: csvNested },
];
