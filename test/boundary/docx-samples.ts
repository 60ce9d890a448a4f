import { assessPlan, nab2008, rollUpByOutcome } from "@cja-kit/core";
import * as docx from "@cja-kit/docx";
import { renderCommitteeReport } from "@cja-kit/docx";
import * as docxNode from "@cja-kit/docx/node";
import { toBuffer } from "@cja-kit/docx/node";
import {
  deliveryPlanUpdate2,
  eastLothianPerformanceReport2023_24,
  lanarkshireChiefOfficersUpdate,
  lanarkshireImplementationPlan2008_09,
  lanarkshireIndicators2010_11,
  lanarkshireProgress2008_09Q2,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
  nationalDeliveryPlan2023,
  westDunbartonshireActionPlan2017_18,
  westDunbartonshireIndicators2017_18,
} from "@cja-kit/seed-data";
import type { Samples, Surface } from "./surface";

// One valid call of every function @cja-kit/docx and @cja-kit/docx/node export, on the seeds. A
// fixed `created` keeps the calls alike; the template is a rendered report packed, which
// fillTemplate takes as any council's .docx (it has no placeholders, so it only warns).

const created = "2010-10-01T00:00:00Z";
const plan = lothianBordersActionPlan2010_11;
const progress = lothianBordersProgressYear2;
const report = lanarkshireChiefOfficersUpdate;
const rollUps = rollUpByOutcome(assessPlan(plan, progress, { at: "2010-09-30" }), { framework: "nab-2008" });
const rendered = () => renderCommitteeReport(report, { created });
const template = await toBuffer(rendered());

export const docxSamples: Samples = {
  renderActionPlan: [plan, progress, { created }],
  renderAnnualPerformanceReport: [eastLothianPerformanceReport2023_24, { created }],
  renderCommitteeReport: [report, { created }],
  renderDeliveryPlan: [nationalDeliveryPlan2023, deliveryPlanUpdate2, { created }],
  renderImplementationPlan: [lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2, { created }],
  renderIndicatorSet: [lanarkshireIndicators2010_11, { created }],
  renderOutcomeImprovementPlan: [
    westDunbartonshireActionPlan2017_18,
    undefined,
    { created, indicators: [westDunbartonshireIndicators2017_18] },
  ],
  renderProgressReport: [plan, progress, { created }],
  renderRollUpReport: [report, rollUps, { created, framework: nab2008 }],
  toBlob: () => [rendered()],
  fillTemplate: () => [
    template,
    { text: { subject: "Chief Officer's Update" } },
    { properties: { title: "Update" } },
  ],
};

export const docxNodeSamples: Samples = {
  toBuffer: () => [rendered()],
  writeDocx: () => ["boundary.docx", rendered()],
};

/** The entry points this file holds to the contract (`test/public-boundary.test.ts` finds it). */
export const surfaces: Surface[] = [
  { name: "@cja-kit/docx", exports: docx, samples: docxSamples },
  { name: "@cja-kit/docx/node", exports: docxNode, samples: docxNodeSamples },
];
