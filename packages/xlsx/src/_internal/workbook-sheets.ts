import { assessPlan, CjaKitError, type Issue, type ProgressReturn } from "@cja-kit/core";
import type { WorkbookContents, WriteWorkbookOptions } from "../write/workbook-contents";
import { committeeReportSheet } from "./committee-report-sheet";
import { indicatorSheet } from "./indicator-sheet";
import { planSheet } from "./plan-sheet";
import { progressSheet } from "./progress-sheet";
import { ratingsSheet } from "./ratings-sheet";
import { readmeSheet, type WorkbookSources } from "./readme-sheet";
import { rollUpSheet } from "./roll-up-sheet";
import { selfAssessmentSheet } from "./self-assessment-sheet";
import type { SheetSpec } from "./sheet-model";
import { SHEET_NAMES } from "./sheet-names";

const list = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value as T];

function joinedReturn(
  contents: WorkbookContents,
  returns: readonly ProgressReturn[],
): { progress?: ProgressReturn; issues: Issue[] } {
  const { plan } = contents;
  if (plan === undefined || returns.length === 0) return { issues: [] };
  if (returns.length === 1) return { progress: returns[0] as ProgressReturn, issues: [] };
  const mine = returns.filter((r) => plan.id !== undefined && r.planId === plan.id);
  if (mine.length === 1) return { progress: mine[0] as ProgressReturn, issues: [] };
  const message = `The plan sheet shows no progress and there is no Ratings sheet: ${returns.length} returns were given and ${mine.length === 0 ? "none names" : "more than one names"} the plan's id${plan.id === undefined ? " (the plan has none)" : ` ${plan.id}`}. Every return is on the Progress sheet; to rate the plan's rows, give the one return to rate them by.`;
  return {
    issues: [
      {
        code: "xlsx/progress-not-joined",
        severity: "info",
        message,
        path: ["progress"],
        sheet: SHEET_NAMES.plan,
      },
    ],
  };
}

function sourcesOf(contents: WorkbookContents, options: WriteWorkbookOptions): WorkbookSources {
  const returns = list(contents.progress);
  const indicators = list(contents.indicators);
  const title =
    options.title ??
    contents.plan?.title ??
    returns[0]?.title ??
    indicators[0]?.title ??
    contents.annualReport?.title ??
    contents.committeeReport?.subject ??
    "Community justice workbook";
  return {
    ...contents,
    title,
    returns,
    indicators,
    rollUps: contents.rollUps ?? [],
    ...(options.created === undefined ? {} : { created: options.created }),
  };
}

function planSheets(
  sources: WorkbookSources,
  joined: ProgressReturn | undefined,
  options: WriteWorkbookOptions,
) {
  const { plan } = sources;
  if (plan === undefined) return [];
  if (joined === undefined) return [planSheet(plan, undefined)];
  const assess = {
    ...(options.at === undefined ? {} : { at: options.at }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  };
  return [planSheet(plan, joined), ratingsSheet(assessPlan(plan, joined, assess))];
}

function dataSheets(contents: WorkbookContents, sources: WorkbookSources, options: WriteWorkbookOptions) {
  const joined = joinedReturn(contents, sources.returns);
  const indicators = sources.indicators.map((set, index) => indicatorSheet(set, index));
  const sheets: SheetSpec[] = [
    ...planSheets(sources, joined.progress, options),
    ...(sources.returns.length === 0 ? [] : [progressSheet(sources.returns)]),
    ...indicators.map((written) => written.sheet),
    ...(sources.annualReport === undefined ? [] : [selfAssessmentSheet(sources.annualReport)]),
    ...(sources.committeeReport === undefined ? [] : [committeeReportSheet(sources.committeeReport)]),
    ...(contents.rollUps === undefined ? [] : [rollUpSheet(contents.rollUps)]),
  ];
  return { sheets, issues: [...joined.issues, ...indicators.flatMap((written) => written.issues)] };
}

/**
 * The sheets of a workbook, README last, its title, and the issues met building them.
 * @throws CjaKitError `usage/invalid-argument` when the contents hold nothing.
 */
export function workbookSheets(
  contents: WorkbookContents,
  options: WriteWorkbookOptions,
): { sheets: SheetSpec[]; title: string; issues: Issue[] } {
  const sources = sourcesOf(contents, options);
  const data = dataSheets(contents, sources, options);
  if (data.sheets.length === 0)
    throw new CjaKitError(
      "usage/invalid-argument",
      "writeWorkbook needs a plan, progress returns, indicator sets, an annual or committee report, or roll-ups.",
    );
  return {
    sheets: [...data.sheets, readmeSheet(sources, data.sheets)],
    title: sources.title,
    issues: data.issues,
  };
}
