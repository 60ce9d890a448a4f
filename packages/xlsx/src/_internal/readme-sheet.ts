import {
  type AnnualPerformanceReport,
  type CommitteeReport,
  formatReportingPeriod,
  type IndicatorSet,
  type Plan,
  type ProgressReturn,
  type RollUp,
} from "@cja-kit/core";
import type { Cell, SheetSpec } from "./sheet-model";
import { SHEET_NAMES } from "./sheet-names";

/** What a workbook holds, for its README sheet. */
export type WorkbookSources = {
  title: string;
  plan?: Plan;
  returns: readonly ProgressReturn[];
  indicators: readonly IndicatorSet[];
  annualReport?: AnnualPerformanceReport;
  committeeReport?: CommitteeReport;
  rollUps: readonly RollUp[];
  created?: string;
};

const SHEET_WORDS: Readonly<Record<string, string>> = {
  [SHEET_NAMES.plan]:
    "The plan's actions, one row per row of each action, each under its themes' numbers and titles, with the progress of its return. The columns are cja-kit's canonical ones, so the sheet reads back exactly; the plan's own column labels are in the last columns.",
  [SHEET_NAMES.ratings]:
    "The status and RAG rating cja-kit works out for each action from the plan and its return, with the reason. Worked out, not data: edit the Plan and Progress sheets, not this one.",
  [SHEET_NAMES.progress]:
    "Progress reported on each action, one row per action per return: the narrative, the status as reported and as read, % complete and any rating the return gives.",
  [SHEET_NAMES.indicators]:
    "Performance indicators, one row per indicator and one column per period, each figure as the source wrote it (numbers as numbers, .. and * as written), then the details that make the set whole.",
  [SHEET_NAMES.selfAssessment]: "The partnership's self-assessment score for each outcome, year by year.",
  [SHEET_NAMES.committeeReport]:
    "The committee report: its fields, then each paragraph with its section and number.",
  [SHEET_NAMES.rollUp]:
    "Ratings rolled up by group, with the counts behind each and the actions that decided it.",
};

const NOTES = [
  "Text is stored as text: an action number such as 1.10, a period such as 2010-11 and a timescale such as July 2008 stay as written.",
  "Dates are dates, money is in pounds and percentages are percentages, so they sort and add up; each is shown exactly as written.",
  "Each table's header row is frozen and filtered, and printed at the top of every page.",
  "Status cells offer the list of cja-kit's statuses; RAG cells name the rating in words and are coloured by it: colour is never the only signal.",
  "Read the sheets back with @cja-kit/xlsx (readPlanXlsx, readProgressXlsx, readIndicatorsXlsx, readSelfAssessmentXlsx, readCommitteeReportXlsx).",
];

const row = (label: string, value: string | undefined): Array<Cell | undefined> => [
  { kind: "label", text: label },
  value === undefined || value.length === 0 ? undefined : { kind: "text", text: value },
];

const joined = (...parts: Array<string | undefined>) =>
  parts.filter((p) => p !== undefined && p !== "").join(", ");

function sourceRows(sources: WorkbookSources): Array<Array<Cell | undefined>> {
  const { plan, annualReport: annual, committeeReport: committee } = sources;
  return [
    ...(plan === undefined
      ? []
      : [row("Plan", joined(plan.title, plan.authority.name, `${plan.period.from} to ${plan.period.to}`))]),
    ...sources.returns.map((r) =>
      row("Return", joined(r.title, r.authority.name, formatReportingPeriod(r.period))),
    ),
    ...sources.indicators.map((set) => row("Indicators", joined(set.title, set.authority.name, set.source))),
    ...(annual === undefined
      ? []
      : [
          row(
            "Annual report",
            joined(annual.title, annual.authority.name, formatReportingPeriod(annual.period)),
          ),
        ]),
    ...(committee === undefined
      ? []
      : [
          row("Committee report", joined(committee.subject, committee.authority.name, committee.meetingDate)),
        ]),
    ...(sources.rollUps.length === 0 ? [] : [row("Roll-up", `${sources.rollUps.length} groups`)]),
  ];
}

const wordsFor = (name: string) => SHEET_WORDS[name.replace(/ \(\d+\)$/, "")] ?? "";

/**
 * The README sheet: the workbook's title, each sheet with what it holds and how many rows, where
 * the data comes from, when it was written, and how to read the sheets.
 */
export function readmeSheet(sources: WorkbookSources, sheets: readonly SheetSpec[]): SheetSpec {
  const created = sources.created?.slice(0, 10);
  return {
    name: SHEET_NAMES.readme,
    table: false,
    columns: [
      { label: "", width: 18 },
      { label: "", width: 100 },
    ],
    rows: [
      [{ kind: "title", text: sources.title }],
      [],
      [
        { kind: "label", text: "Sheet" },
        { kind: "label", text: "What it holds" },
      ],
      ...sheets.map((sheet) => row(sheet.name, `${wordsFor(sheet.name)} ${sheet.rows.length} rows.`.trim())),
      [],
      [{ kind: "label", text: "From" }],
      ...sourceRows(sources),
      ...(created === undefined
        ? []
        : [[{ kind: "label", text: "Written on" } as Cell, { kind: "date", date: created } as Cell]]),
      [],
      [{ kind: "label", text: "Reading it" }],
      ...NOTES.map((note) => [undefined, { kind: "text", text: note } as Cell]),
      [undefined, { kind: "text", text: "Written by cja-kit (@cja-kit/xlsx)." }],
    ],
  };
}
