import { CjaKitError, type Issue, type ProgressReturn } from "@cja-kit/core";
import type { WorkbookContents, WriteWorkbookOptions } from "../write/workbook-contents";
import { indicatorSheet } from "./indicator-sheet";
import { planSheet } from "./plan-sheet";
import { progressSheet } from "./progress-sheet";
import { readmeSheet, type WorkbookSources } from "./readme-sheet";
import { rollUpSheet } from "./roll-up-sheet";
import type { SheetSpec } from "./sheet-model";

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
  const message = `The plan sheet shows no progress: ${returns.length} returns were given and ${mine.length === 0 ? "none names" : "more than one names"} the plan's id${plan.id === undefined ? " (the plan has none)" : ` ${plan.id}`}. Every return is on the Progress sheet; to rate the plan's rows, give the one return to rate them by.`;
  return {
    issues: [
      { code: "xlsx/progress-not-joined", severity: "info", message, path: ["progress"], sheet: "Plan" },
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
    "Community justice workbook";
  return {
    title,
    ...(contents.plan === undefined ? {} : { plan: contents.plan }),
    returns,
    indicators,
    rollUps: contents.rollUps ?? [],
    ...(options.created === undefined ? {} : { created: options.created }),
  };
}

function dataSheets(contents: WorkbookContents, sources: WorkbookSources, options: WriteWorkbookOptions) {
  const joined = joinedReturn(contents, sources.returns);
  const assess = {
    ...(options.at === undefined ? {} : { at: options.at }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
  };
  const sheets: SheetSpec[] = [
    ...(sources.plan === undefined ? [] : [planSheet(sources.plan, joined.progress, assess)]),
    ...(sources.returns.length === 0 ? [] : [progressSheet(sources.returns)]),
    ...(sources.indicators.length === 0 ? [] : [indicatorSheet(sources.indicators)]),
    ...(contents.rollUps === undefined ? [] : [rollUpSheet(contents.rollUps)]),
  ];
  return { sheets, issues: joined.issues };
}

/**
 * The sheets of a workbook, README last, its title, and the issues met building them.
 * @throws CjaKitError `xlsx/nothing-to-write` when the contents hold nothing.
 */
export function workbookSheets(
  contents: WorkbookContents,
  options: WriteWorkbookOptions,
): { sheets: SheetSpec[]; title: string; issues: Issue[] } {
  const sources = sourcesOf(contents, options);
  const data = dataSheets(contents, sources, options);
  if (data.sheets.length === 0)
    throw new CjaKitError(
      "xlsx/nothing-to-write",
      "writeWorkbook needs a plan, progress returns, indicator sets or roll-ups.",
    );
  return {
    sheets: [...data.sheets, readmeSheet(sources, data.sheets)],
    title: sources.title,
    issues: data.issues,
  };
}
