import {
  type AnnualPerformanceReport,
  CjaKitError,
  communityJusticePartnerships,
  createRegistry,
  defineFramework,
  findAuthority,
  type Issue,
  parseMoney,
  parseOutcomeRefs,
  parseReportingPeriod,
  selfAssessmentFromTable,
  validateAnnualPerformanceReport,
  validatePlan,
  validateProgressReturn,
} from "@cja-kit/core";
import { readPlanCsv } from "@cja-kit/csv";
import { read, write } from "@cja-kit/json";
import { lanarkshireActionPlan2010_11, lanarkshireProgress2010_11Q2 } from "@cja-kit/seed-data";

// Core's checks and look-ups on values a caller might pass, each built to meet one kind of issue,
// so that every code's message is read by the seams test.

/** The issues of a call that throws CjaKitError (a wrong argument, a wrong option). */
function thrown(call: () => unknown): Issue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof CjaKitError) return [...error.issues];
    throw error;
  }
  return [];
}

/** A return checked against its plan: a period outside it, another plan, rows and councils it lacks, a rating that disagrees. */
function fromReturnChecks(): Issue[] {
  const plan = { ...lanarkshireActionPlan2010_11, id: "lanarkshire-2010-11" };
  const progress = lanarkshireProgress2010_11Q2;
  const [entry] = progress.entries;
  if (entry === undefined) return [];
  const entries = [
    { ...entry, row: 40 },
    {
      ...entry,
      byCouncil: [{ council: "Fife", progress: [{ kind: "paragraph" as const, text: "Begun." }] }],
    },
    {
      ...entry,
      status: { raw: "Complete", status: "complete" as const, rule: "term-complete", evidence: "Complete" },
      reportedRag: { raw: "Red", rag: "red" as const },
    },
  ];
  const broken = {
    ...progress,
    planId: "lothian-borders-2010-11",
    period: { kind: "financial-year" as const, year: "2015-16" },
    entries,
  };
  return validateProgressReturn(broken, { plan }).issues;
}

/** A plan outside its area plan, with a flag that is neither yes nor no and a continued row that disagrees. */
function fromPlanChecks(): Issue[] {
  const plan = lanarkshireActionPlan2010_11;
  const [theme] = plan.themes;
  const [action] = theme?.actions ?? [];
  const flagged =
    theme === undefined || action === undefined
      ? []
      : [{ ...theme, actions: [{ ...action, rows: [{ flags: { "area-plan": { raw: "Maybe" } } }] }] }];
  const meta = { kind: "action-plan" as const, authority: plan.authority, period: plan.period };
  return [
    ...validatePlan({ ...plan, areaPlanPeriod: { from: "2011-12", to: "2013-14" }, themes: flagged }).issues,
    ...readPlanCsv("Number,Title,Outcome references\n2.1.3,Deliver,(A1)\n2.1.3 cont./,,(B2)\n", {
      plan: meta,
    }).issues,
  ];
}

/** Look-ups and parsers on wording they cannot be sure of. */
function fromLookups(): Issue[] {
  const framework = {
    id: "lanarkshire-local",
    title: "Lanarkshire CJA local outcomes",
    source: "Lanarkshire CJA Draft Implementation Plan 2008-09",
    groups: [{ code: "L", label: "Local outcomes" }],
    outcomes: [
      { framework: "lanarkshire-local", code: "L1", group: "L", wording: "Minimise the harm caused" },
      { framework: "lanarkshire-local", code: "L1", group: "M", wording: "Reduce reoffending" },
      { framework: "nab-2008", code: "L2", group: "L", wording: "Deal with offenders promptly" },
    ],
    editions: [{ id: "2008", label: "2008 edition", codes: ["L9"] }],
  };
  const good = { ...framework, outcomes: [framework.outcomes[0]], editions: [] };
  return [
    ...findAuthority("Dunbartonshire").issues,
    ...findAuthority("Atlantis").issues,
    ...parseReportingPeriod("Update 2").issues,
    ...parseReportingPeriod("sometime soon").issues,
    ...parseMoney("(£500) returned to partners").issues,
    ...parseOutcomeRefs("(A1)", { framework: "nowhere-2030" }).issues,
    ...defineFramework(framework).issues,
    ...createRegistry({ frameworks: [good, good] }).issues,
    ...createRegistry({
      frameworks: [good],
      mappings: [
        {
          id: "a",
          from: "lanarkshire-local",
          to: "atlantis",
          source: "x",
          links: [{ from: "L1", to: ["C1"] }],
        },
        {
          id: "b",
          from: "lanarkshire-local",
          to: "nsmo-2006",
          source: "x",
          links: [{ from: "L7", to: ["C1"] }],
        },
      ],
    }).issues,
  ];
}

/** The JSON reader on what is not a document, and an argument of the wrong type. */
function fromMisuse(): Issue[] {
  const json = write({ format: "plan", data: lanarkshireActionPlan2010_11 });
  return [
    ...read(5 as never).issues,
    ...read(json.replace(/"number": "[^"]+"/g, '"number": 5'), { maxIssues: 3 }).issues,
    ...read(json.replace("/schema/plan.schema.json", "/schema/progress-return.schema.json")).issues,
    ...thrown(() => validatePlan(lanarkshireActionPlan2010_11, 5 as never)),
    ...thrown(() => readPlanCsv("Number\n", { plan: lanarkshireActionPlan2010_11, maxColumns: -1 })),
  ];
}

// East Lothian Community Justice Performance Report 2023-24, its self-assessment table as East
// Lothian Council's page gives it (https://eastlothian.gov.uk/info/210670/justice_social_work/12465/community_justice_in_east_lothian/2),
// with an outcome the framework does not have, a score off the scale and an outcome given twice.
function fromAnnualReports(): Issue[] {
  const table = {
    header: ["National Outcome", "Reporting Year", "Reporting Year"],
    rows: [
      ["1. More people successfully complete diversion from prosecution", "8", "11"],
      ["4.  More people access services to support desistence", "9"],
      ["99. More people are well", "9", "9"],
    ],
  };
  const read = selfAssessmentFromTable(table, { framework: "cjpf-2023" });
  const [first] = read.value;
  const report: AnnualPerformanceReport = {
    title: "East Lothian Community Justice Performance Report 2023 - 2024",
    authority: communityJusticePartnerships["east-lothian"],
    period: { kind: "quarter", year: "2023-24", quarter: 1 },
    framework: "cjpf-2023",
    selfAssessmentHeadings: ["Reporting Year", "Reporting Year"],
    outcomes: first === undefined ? read.value : [...read.value, first],
  };
  return [
    ...read.issues,
    ...validateAnnualPerformanceReport(report).issues,
    ...validateAnnualPerformanceReport({ ...report, framework: "nowhere-2030" }).issues,
  ];
}

/** Every check's and look-up's issues on the values above. */
export function fromChecks(): Issue[] {
  return [
    ...fromReturnChecks(),
    ...fromPlanChecks(),
    ...fromLookups(),
    ...fromAnnualReports(),
    ...fromMisuse(),
  ];
}
