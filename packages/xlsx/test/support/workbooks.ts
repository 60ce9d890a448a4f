import { assessPlan, type Plan, rollUpByTheme } from "@cja-kit/core";
import {
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
  eastLothianPerformanceReport2023_24,
  lanarkshireActionPlan2010_11,
  lanarkshireImplementationPlan2008_09,
  lanarkshireIndicators2010_11,
  lanarkshirePerformanceFrameworkReport,
  lanarkshireProgress2008_09Q2,
  lanarkshireProgress2010_11Q2,
  lothianBordersActionPlan2010_11,
  lothianBordersIndicators2009_10,
  lothianBordersProgressYear2,
  socialWorkOrders2016_17,
  westDunbartonshireActionPlan2017_18,
  westDunbartonshireIndicators2017_18,
} from "@cja-kit/seed-data";
import type { WorkbookContents, WriteWorkbookOptions } from "../../src/write/workbook-contents";

/**
 * A one-action plan whose cells a spreadsheet would rewrite if they were not stored as text
 * (issue 14's findings: action numbers 1.10 and 04, period 2010-11, timescales Mar-11, 3-2, July
 * 2008, cells and headings that start like formulas), with characters XML must escape.
 */
export const trickyPlan: Plan = {
  kind: "action-plan",
  authority: lanarkshireImplementationPlan2008_09.authority,
  period: { from: "2010-11", to: "2010-11" },
  columns: [
    { field: "number", label: "Number" },
    { field: "title", label: '=HYPERLINK("x")' },
    { field: "timescale", label: "Timescale" },
    { field: "lead", label: "Lead" },
    { field: "partners", label: "Partners" },
  ],
  themes: [
    {
      number: "04",
      title: "Mar-11",
      actions: [
        {
          number: "1.10",
          title: [{ kind: "paragraph", text: "=1+2" }],
          rows: [
            {
              timescale: { raw: "July 2008", segments: [] },
              lead: [{ kind: "paragraph", text: 'Chief Officer,=1+2 & <SPS> "quoted" _x0041_ 🙂' }],
              partners: [{ kind: "paragraph", text: "SPS;=1+2;@SUM(1+1)" }],
            },
          ],
        },
        {
          number: "04",
          title: [{ kind: "paragraph", text: "2010-11" }],
          rows: [{ timescale: { raw: "3-2", segments: [] } }],
        },
        {
          number: "2.1",
          title: [{ kind: "paragraph", text: "+44 1698 453 000" }],
          rows: [{ timescale: { raw: "2008-11", segments: [] } }],
        },
      ],
    },
  ],
};

/**
 * The workbooks the tests write: each seed's plan with its return, indicators and a roll-up; the
 * committee report; today's partnerships' kinds (a delivery plan with its update, indicator sets,
 * a self-assessment); and the tricky plan.
 */
export const seedWorkbooks: ReadonlyArray<{
  name: string;
  contents: WorkbookContents;
  options: WriteWorkbookOptions;
}> = [
  {
    name: "lothian-borders-2010-11",
    contents: {
      plan: lothianBordersActionPlan2010_11,
      progress: lothianBordersProgressYear2,
      indicators: lothianBordersIndicators2009_10,
      rollUps: rollUpByTheme(
        lothianBordersActionPlan2010_11.themes,
        assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2),
      ),
    },
    options: { created: "2010-10-29T09:00:00Z" },
  },
  {
    name: "lanarkshire-2008-09",
    contents: { plan: lanarkshireImplementationPlan2008_09, progress: lanarkshireProgress2008_09Q2 },
    options: {},
  },
  {
    name: "lanarkshire-2010-11",
    contents: {
      plan: lanarkshireActionPlan2010_11,
      progress: [lanarkshireProgress2010_11Q2, lanarkshireProgress2008_09Q2],
      indicators: lanarkshireIndicators2010_11,
      rollUps: rollUpByTheme(
        lanarkshireActionPlan2010_11.themes,
        assessPlan(lanarkshireActionPlan2010_11, lanarkshireProgress2010_11Q2),
      ),
    },
    options: { created: "2010-11-30T12:00:00Z" },
  },
  {
    name: "lanarkshire-committee-report",
    contents: { committeeReport: lanarkshirePerformanceFrameworkReport },
    options: {},
  },
  {
    name: "partnerships",
    contents: {
      plan: deliveryPlanCompleted2024,
      progress: deliveryPlanUpdate2,
      indicators: [westDunbartonshireIndicators2017_18, socialWorkOrders2016_17],
      annualReport: eastLothianPerformanceReport2023_24,
    },
    options: { created: "2024-06-01T00:00:00Z" },
  },
  { name: "west-dunbartonshire", contents: { plan: westDunbartonshireActionPlan2017_18 }, options: {} },
  { name: "tricky", contents: { plan: trickyPlan }, options: {} },
];
