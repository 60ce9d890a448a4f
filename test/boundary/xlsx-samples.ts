import type { Plan, ProgressReturn } from "@cja-kit/core";
import {
  eastLothianPerformanceReport2023_24,
  lanarkshirePerformanceFrameworkReport,
  lothianBordersActionPlan2010_11,
  lothianBordersIndicators2009_10,
  lothianBordersProgressYear2,
} from "@cja-kit/seed-data";
import { writeWorkbook } from "@cja-kit/xlsx";

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

export const xlsxSamples: Record<string, readonly unknown[]> = {
  listSheets: [bytes, {}],
  readCommitteeReportXlsx: [bytes, { authority: lanarkshirePerformanceFrameworkReport.authority }],
  readIndicatorsXlsx: [bytes, { set: setMeta, framework: "nab-2008" }],
  readPlanXlsx: [bytes, { plan: planMeta, progress: returnMeta }],
  readProgressXlsx: [bytes, { authority: progress.authority }],
  readSelfAssessmentXlsx: [bytes, { framework: eastLothianPerformanceReport2023_24.framework }],
  sheetRecords: [bytes, { sheet: "Plan" }],
  writeWorkbook: [contents, { created: "2010-10-29T09:00:00Z" }],
};

/** The Node entry, `@cja-kit/xlsx/node`: writes into the system's temporary folder. */
export const xlsxNodeSamples: Record<string, readonly unknown[]> = {
  writeWorkbookFile: [
    `${process.env.TMPDIR ?? "/tmp"}/cja-kit-boundary-sample.xlsx`,
    { plan },
    { created: "2010-10-29T09:00:00Z" },
  ],
};
