import type { Plan, ProgressReturn } from "@cja-kit/core";
import {
  eastLothianPerformanceReport2023_24,
  lanarkshirePerformanceFrameworkReport,
  lothianBordersActionPlan2010_11,
  lothianBordersIndicators2009_10,
  lothianBordersProgressYear2,
} from "@cja-kit/seed-data";
import * as xlsx from "@cja-kit/xlsx";
import { writeWorkbook } from "@cja-kit/xlsx";
import type { Samples, Surface } from "./surface";

// One valid call of every function @cja-kit/xlsx exports: the harness puts a wrong value in each
// place in turn. The readers get a workbook the writer made of the seeds, holding every kind.

const plan: Plan = lothianBordersActionPlan2010_11;
const progress: ProgressReturn = lothianBordersProgressYear2;
const { themes: _themes, columns: _columns, ...planMeta } = plan;
const { entries: _entries, ...returnMeta } = progress;
const { indicators: _indicators, ...setMeta } = lothianBordersIndicators2009_10;
const contents = {
  plan,
  progress,
  indicators: lothianBordersIndicators2009_10,
  annualReport: eastLothianPerformanceReport2023_24,
  committeeReport: lanarkshirePerformanceFrameworkReport,
};
const bytes = writeWorkbook(contents).bytes;

export const xlsxSamples: Samples = {
  listSheets: [bytes, {}],
  readCommitteeReportXlsx: [bytes, { authority: lanarkshirePerformanceFrameworkReport.authority }],
  readIndicatorsXlsx: [bytes, { set: setMeta, framework: "nab-2008" }],
  readPlanXlsx: [bytes, { plan: planMeta, progress: returnMeta }],
  readProgressXlsx: [bytes, { authority: progress.authority }],
  readSelfAssessmentXlsx: [bytes, { framework: eastLothianPerformanceReport2023_24.framework }],
  sheetRecords: [bytes, { sheet: "Plan" }],
  writeWorkbook: [contents, { created: "2010-10-29T09:00:00Z" }],
};

/**
 * @cja-kit/xlsx in the harness. The Node entry is not: every string the harness tries as the path
 * is a path it may write a file to; xlsx's own tests cover the Node entry's wrong-typed arguments.
 */
export const surfaces: Surface[] = [{ name: "@cja-kit/xlsx", exports: xlsx, samples: xlsxSamples }];
