import {
  communityJusticeAuthorities,
  type Issue,
  parseMoney,
  parseOutcomeRefs,
  parseTimescale,
  validateCommitteeReport,
  validateIndicatorSet,
  validatePlan,
  validateProgressReturn,
} from "@cja-kit/core";
import { readPlanCsv, readProgressCsv } from "@cja-kit/csv";
import { read, write } from "@cja-kit/json";
import {
  lanarkshireActionPlan2010_11,
  lanarkshireIndicators2010_11,
  lanarkshirePerformanceFrameworkReport,
  lanarkshireProgress2010_11Q2,
} from "@cja-kit/seed-data";
import { hostileEntries, readHostile } from "../hostile/read-hostile";
import { fromChecks } from "./gather-checks";
import { fromTables } from "./gather-tables";

/** Wording real plans use beside wording no plan should: each parser's issues on both. */
const WORDING = [
  "July 2008",
  "31/02/2009",
  "2010-09 and ongoing",
  "Spring 2009 - Winter 2008",
  "Q5 2009",
  "£90,000 (£40,000 + £30,000)",
  "£1,000,000,000,000,000",
  "twelve pounds",
  "(A1 & Z9)",
  "(C3, C3)",
  "",
  "   ",
  "\u0000",
];

function fromParsers(): Issue[] {
  return WORDING.flatMap((text) => [
    ...parseTimescale(text).issues,
    ...parseMoney(text).issues,
    ...parseOutcomeRefs(text).issues,
  ]);
}

/** A seed document with one value broken at a time, through core's validators. */
function fromValidators(): Issue[] {
  const plan = lanarkshireActionPlan2010_11;
  const [theme] = plan.themes;
  const [first] = theme?.actions ?? [];
  const broken = {
    ...plan,
    period: { from: "2010-11", to: "2008-09" },
    themes: plan.themes.map((each, index) =>
      index === 0 && first !== undefined ? { ...each, actions: [first, first] } : each,
    ),
  };
  return [
    ...validatePlan(broken).issues,
    ...validatePlan({ ...plan, themes: "none" }).issues,
    ...validateProgressReturn(lanarkshireProgress2010_11Q2, { plan: { ...plan, themes: [] } }).issues,
    ...validateIndicatorSet({ ...lanarkshireIndicators2010_11, indicators: [{ name: "" }] }).issues,
    ...validateCommitteeReport({ ...lanarkshirePerformanceFrameworkReport, date: "30 February" }).issues,
  ];
}

/** The JSON and CSV readers on documents written from the seeds and then edited. */
function fromReaders(): Issue[] {
  const json = write({ format: "plan", data: lanarkshireActionPlan2010_11 });
  const authority = communityJusticeAuthorities.lanarkshire;
  return [
    ...read(json.replace('"version": 1', '"version": 9')).issues,
    ...read(json.replace('"version": 1', '"version": 0')).issues,
    ...read(json.replace('"format": "cja-kit/plan"', '"format": "cja-kit/plna"')).issues,
    ...read(json.replace('"title"', '"titel"')).issues,
    ...read(json.replace(/"number": "[^"]+"/, '"number": 5')).issues,
    ...read(json.slice(0, json.length / 2)).issues,
    ...read(json, { format: "progress-return" }).issues,
    ...readPlanCsv("Action No,Key Measure\n1.1,\u0000\n1.1,=SUM(A1)\n", {
      plan: { kind: "action-plan", authority, period: { from: "2010-11", to: "2010-11" } },
    }).issues,
    ...readProgressCsv("Action,Status\n9.9,Nearly\n9.9,Done\n", { authority }).issues,
  ];
}

/** Every issue the public readers, parsers and validators give on the inputs above and the hostile corpus. */
export async function gatherIssues(): Promise<Issue[]> {
  const hostile = await Promise.all(hostileEntries.map((entry) => readHostile(entry)));
  return [
    ...fromParsers(),
    ...fromValidators(),
    ...fromReaders(),
    ...fromTables(),
    ...fromChecks(),
    ...hostile.flat(),
  ];
}
