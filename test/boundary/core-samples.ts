import * as core from "@cja-kit/core";
import {
  type AnnualReturn,
  assessPlan,
  builtInRegistry,
  communityJusticeAuthorities,
  communityJusticePartnerships,
  nab2008,
  nationalBodies,
  type Plan,
  type ProgressReturn,
  parseTimescale,
  planActions,
  planFromRecords,
  planTable,
  type SourceItem,
} from "@cja-kit/core";
import {
  deliveryPlanUpdate2,
  EAST_LOTHIAN_TABLE,
  eastLothianPerformanceReport2023_24,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
  nationalDeliveryPlan2023,
  seedDocuments,
  socialWorkOrders2016_17,
} from "@cja-kit/seed-data";
import type { Samples, Surface } from "./surface";

// One valid call of every function core exports: the harness puts a wrong value in each place in
// turn. A function missing here is still called with wrong values in its first places.

const plan: Plan = lothianBordersActionPlan2010_11;
const progress: ProgressReturn = lothianBordersProgressYear2;
const located = planActions(plan)[0];
const row = planTable(plan, progress)[0];
const report = seedDocuments.find((doc) => doc.kind === "committee-report");
const assessments = assessPlan(plan, progress, { at: "2010-09-30" });
const context = { registry: builtInRegistry, periodToleranceMonths: 6 };
const authority = communityJusticePartnerships["east-lothian"];
const records: SourceItem[] = [
  { row: 1, cells: ["Action", "Action Due Date", "Managed By"] },
  { row: 2, cells: ["Set up local consultation groups", "31 March 2018", "Community Justice Partners"] },
];
const planImport = {
  plan: { kind: "action-plan", authority, period: { from: "2017-18", to: "2017-18" } },
} as const;
const reportRecords: SourceItem[] = [
  { row: 1, cells: ["Field", "Value"] },
  { row: 2, cells: ["Subject", "Performance framework"] },
];
const returnRecords: SourceItem[] = [
  { row: 1, cells: ["Period", "Action", "Status"] },
  { row: 2, cells: ["2023-24", "34", "COMPLETE"] },
];
async function* streamOf(items: readonly SourceItem[]): AsyncGenerator<SourceItem> {
  yield* items;
}
const indicators = socialWorkOrders2016_17.indicators;
const annualReturn: AnnualReturn = {
  title: "Community Justice Outcome Activity Across Scotland: annual return 2023-24",
  authority,
  recipient: nationalBodies["community-justice-scotland"],
  period: { kind: "financial-year", year: "2023-24" },
  sections: [{ title: "Background", role: "background" }],
};

export const coreSamples: Samples = {
  actionOutcomeRefs: [located],
  actionsFromRows: [[{ number: "1", title: "A", timescale: "July 2008" }]],
  assessIndicator: [{ id: "i1", label: "Indicator", unit: "percent", target: 85, value: 94 }],
  assessPlan: [plan, progress, { at: "2010-09-30" }],
  canonicalCellText: [
    { kind: "field", column: { field: "status", label: "Status" } },
    { themes: plan.themes, table: row },
  ],
  cellContent: [plan.columns[0], row],
  checkPlan: [plan],
  checkTableOptions: [{ maxColumns: 200, headings: { "Lead Partner": "lead" } }],
  checkProgressReturn: [progress, { plan }],
  contentText: [[{ kind: "paragraph", text: "On target" }]],
  createProgressEntry: [{ action: "1", progress: [] }],
  createRegistry: [{ frameworks: [], mappings: [] }],
  defineFramework: [nab2008],
  deriveRag: [{ reported: "on-track", window: { due: "2011-03-31", open: false }, at: "2010-09-30" }],
  entriesMatchActions: [progress, plan],
  financialYear: [2010],
  financialYearDates: ["2010-11"],
  financialYearOf: ["2010-09-30"],
  financialYearStartYear: ["2010-11"],
  findAction: [plan, "2.1.1"],
  findCycle: [plan],
  findOutcome: [{ framework: "nab-2008", code: "A1" }],
  findOutcomeByWording: [nab2008, "Reduced or stabilised substance misuse"],
  flagsReadable: [plan, context],
  formatCalendarDate: ["2008-07-31"],
  formatContent: [[{ kind: "paragraph", text: "On target" }]],
  formatIssue: [{ code: "a/b", severity: "error", message: "m", path: [] }],
  formatPence: [10_200_000],
  formatTimescale: [parseTimescale("July 2008").value],
  frameworkOutcomes: [nab2008],
  hasErrors: [[]],
  labelKey: ["Key Measure"],
  mapOutcomeRef: [{ framework: "nab-2008", code: "A3" }, "nsmo-2006"],
  matchField: ["Timescale"],
  measureHeading: [row],
  normaliseActionNumber: ["2.1.1."],
  normaliseStatus: ["On target"],
  outcomeRefsResolve: [plan, context],
  paragraphs: ["On target"],
  parseContent: ["On target"],
  parseMoney: ["£15,000"],
  parseOutcomeRefs: ["(A1 & C3)", { framework: "nab-2008" }],
  parsePlanPeriod: ["2008-11"],
  parseTimescale: ["July 2008"],
  parseTimescaleCell: ["__Year 1__ Complete data review"],
  parseYesNo: ["y"],
  periodInsidePlan: [progress, plan],
  periodWithinAreaPlan: [plan, context],
  planActions: [plan],
  planMatches: [progress, plan],
  planPeriodDates: [{ from: "2008-09", to: "2010-11" }],
  planTable: [plan, progress],
  keptColumns: [plan, core.planLines(plan, progress), plan.columns, progress],
  planLines: [plan, progress, { headings: true }],
  planTableByTheme: [plan, progress],
  planYear: ["2008-09", 2],
  quarterDates: ["2010-11", 2],
  quarterOf: ["2010-09-30"],
  reportingPeriodDates: [{ kind: "quarter", year: "2010-11", quarter: 2 }],
  resourcesAddUp: [plan, context],
  rollUp: ["all", "All actions", assessments, { kind: "worst-of" }],
  rollUpByOutcome: [assessments, { framework: "nab-2008" }],
  rollUpByTheme: [plan.themes, assessments],
  schemaIssueMessage: [core.Plan.safeParse({ ...plan, title: "" }).error?.issues[0]],
  scheduleAt: [{ due: "2011-03-31", open: false }, "2010-09-30", 7],
  statusRecognised: [progress],
  themeDepth: [plan.themes],
  timescaleWindow: [parseTimescale("Year 1-3").value, { yearOne: "2008-09" }],
  timescalesNearPeriod: [plan, context],
  timescalesReadable: [plan, context],
  uniqueActionNumbers: [plan, context],
  uniqueEntries: [progress],
  councilsKnown: [progress],
  validateCommitteeReport: [report?.kind === "committee-report" ? report.report : {}],
  checkCommitteeReport: [report?.kind === "committee-report" ? report.report : {}],
  validateIndicatorSet: [{}],
  checkIndicatorSet: [{ id: "s", indicators: [] }],
  validatePlan: [plan],
  validateProgressReturn: [progress, { plan }],
  indicatorDetailCells: [{ id: "icm", name: "ICM attendance", actionNumber: "6.1" }],
  indicatorWithDetails: [
    { id: "icm", name: "ICM attendance" },
    { tolerance: "5" },
    { framework: "nab-2008" },
  ],
  findAuthority: ["West Dunbartonshire"],
  formatOutcomeCodes: [[{ framework: "nscj-2016", code: "4" }]],
  outcomeCodesNeeded: [{ raw: "Section 4", refs: [{ framework: "nscj-2016", code: "4" }] }, "nscj-2016"],
  parseOutcomeCodes: ["nscj-2016:4; section 4"],
  formatColumnLabels: [plan.columns],
  parseColumnLabels: ["lead: Lead responsibility\ntimescale: Timescale"],
  formatCouncilProgress: [
    [{ council: "SLC", progress: [{ kind: "paragraph", text: "Group established." }] }],
  ],
  parseCouncilProgress: ["## NLC\nOne programme completed."],
  formatMappingReport: [planFromRecords(records, planImport).report],
  headingRowsFit: [plan.themes, plan.columns],
  planFromRecords: [records, planImport],
  planFromRecordStream: () => [streamOf(records), planImport],
  reportFromRecords: [reportRecords, { authority: communityJusticeAuthorities.lanarkshire }],
  reportFromRecordStream: () => [
    streamOf(reportRecords),
    { authority: communityJusticeAuthorities.lanarkshire },
  ],
  returnsFromRecords: [returnRecords, { authority }],
  returnsFromRecordStream: () => [streamOf(returnRecords), { authority }],
  figureStyle: [["18,044", "19,746", ".."], "count"],
  formatFigure: [20508, { grouping: true, decimals: 0, prefix: "", suffix: "" }],
  indicatorLongRows: [indicators],
  indicatorsFromLongRows: [[{ name: "Orders commenced", period: "2016-17", value: "20,508" }]],
  parseIndicatorType: ["Change & Impact"],
  indicatorWideTable: [indicators],
  indicatorsFromWideTable: [
    { header: ["Indicator", "2015-16", "2016-17"], rows: [["Orders commenced", "20,482", "20,508"]] },
  ],
  latestFigures: [indicators[0]],
  parseFigure: ["20,508"],
  formatReportingPeriod: [{ kind: "quarter", year: "2010-11", quarter: 2 }],
  halfYearDates: ["2023-24", 2],
  parseReportingPeriod: ["Update 2 (March 2024)", { span: { start: "2024-01-01", end: "2024-03-31" } }],
  deliveryPlanRows: [nationalDeliveryPlan2023, deliveryPlanUpdate2],
  headingKey: ["Lead Officer(s)"],
  annualReportSections: [eastLothianPerformanceReport2023_24],
  selfAssessmentTable: [eastLothianPerformanceReport2023_24, "National Outcome"],
  selfAssessmentFromTable: [EAST_LOTHIAN_TABLE, { framework: "cjpf-2023" }],
  countedRag: [assessments[0], { kind: "reported-only" }],
  decideRollUp: [{ red: 1, amber: 2, green: 5, "not-rated": 0 }, { kind: "majority" }, assessments],
  rollUpRuleLabel: [{ kind: "worst-of" }],
  reportedRagAgrees: [progress, plan],
  checkAnnualPerformanceReport: [eastLothianPerformanceReport2023_24, { registry: builtInRegistry }],
  validateAnnualPerformanceReport: [eastLothianPerformanceReport2023_24, { registry: builtInRegistry }],
  checkAnnualReturn: [annualReturn, { registry: builtInRegistry }],
  validateAnnualReturn: [annualReturn, { registry: builtInRegistry }],
};

/** The entry points this file holds to the contract (`test/public-boundary.test.ts` finds it). */
export const surfaces: Surface[] = [{ name: "@cja-kit/core", exports: core, samples: coreSamples }];
