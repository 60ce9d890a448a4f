import * as csv from "@cja-kit/csv";
import { seedRollUps, seeds, seedTexts } from "../../packages/csv/test/support/seed-texts";
import type { NestedOptions, Samples, Surface } from "./surface";

// One valid call of every function @cja-kit/csv exports: the harness puts a wrong value in each
// place in turn. The readers get files the writers made of the seeds (csv's own test support, which
// its option checks share); a stream reader gets a fresh async iterable of the file's bytes, cut in
// two, for each call.

const { plan, progress, report, set, planMeta, returnMeta, setMeta } = seeds;
const { plan: planText, progress: progressText, report: reportText, indicators: indicatorText } = seedTexts;

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
  writeIndicatorCsv: [set, { layout: "wide" }],
  writePlanCsv: [plan, { layout: "document", progress }],
  writeProgressCsv: [[progress], { lineEnding: "lf" }],
  writeRollUpCsv: [seedRollUps, { delimiter: ";" }],
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
