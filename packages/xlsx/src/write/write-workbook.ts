import { CjaKitError, type Issue, type ProgressReturn } from "@cja-kit/core";
import { indicatorSheet } from "../_internal/indicator-sheet";
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  rootRelsXml,
  workbookRelsXml,
  workbookXml,
} from "../_internal/package-xml";
import { planSheet } from "../_internal/plan-sheet";
import { progressSheet } from "../_internal/progress-sheet";
import { readmeSheet, type WorkbookSources } from "../_internal/readme-sheet";
import { rollUpSheet } from "../_internal/roll-up-sheet";
import { sharedStrings } from "../_internal/shared-strings";
import type { SheetSpec } from "../_internal/sheet-model";
import { sheetXml } from "../_internal/sheet-xml";
import { stylesXml } from "../_internal/styles";
import { zipWorkbook } from "../_internal/zip-workbook";
import type { WorkbookContents, WriteWorkbookOptions, WrittenWorkbook } from "./workbook-contents";

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
 * Writes plans, progress returns, indicator sets and roll-ups as an Excel workbook (.xlsx), in
 * browsers and Node alike: one sheet per kind, then a README sheet saying what the workbook holds.
 * Every text cell is stored as text (action `1.10`, period `2010-11` and timescale `July 2008` stay
 * as written, also after editing: text cells have the Text format), dates as dates, money as
 * numbers in pounds with a £ format, percentages as percentages. Each table's header row is frozen,
 * filtered and printed on every page; Status and RAG columns offer a list of their values; RAG
 * cells name the rating in words and are coloured by it. The plan sheet uses core's `planTable` and
 * `cellContent`, so its columns and cells match the CSV and Word outputs.
 *
 * Issues: `xlsx/cell-too-long` (warning: a cell longer than the 32,767 characters Excel shows; the
 * whole text is written), `xlsx/progress-not-joined` (info: several returns, none the plan's).
 *
 * @param contents - What to write; at least one kind.
 * @param options - Title, date, and how the plan's rows are rated.
 * @returns The .xlsx bytes and the issues met.
 * @throws CjaKitError `xlsx/nothing-to-write` when `contents` holds nothing.
 * @example
 * ```ts
 * const { bytes, issues } = writeWorkbook(
 *   { plan: lothianBordersActionPlan2010_11, progress: lothianBordersProgressYear2 },
 *   { created: "2010-10-29T09:00:00Z" },
 * );
 * const blob = new Blob([bytes], { type: XLSX_MEDIA_TYPE });
 * ```
 */
export function writeWorkbook(
  contents: WorkbookContents,
  options: WriteWorkbookOptions = {},
): WrittenWorkbook {
  const sources = sourcesOf(contents, options);
  const data = dataSheets(contents, sources, options);
  if (data.sheets.length === 0)
    throw new CjaKitError(
      "xlsx/nothing-to-write",
      "writeWorkbook needs a plan, progress returns, indicator sets or roll-ups.",
    );
  const sheets = [...data.sheets, readmeSheet(sources, data.sheets)];
  const strings = sharedStrings();
  const written = sheets.map((spec) => ({
    spec,
    ...sheetXml(spec, strings),
    last: (spec.table ? 1 : 0) + spec.rows.length,
  }));
  const parts: Array<[string, string]> = [
    ["[Content_Types].xml", contentTypesXml(sheets.length)],
    ["_rels/.rels", rootRelsXml()],
    ["docProps/core.xml", corePropertiesXml(sources.title, options.created)],
    ["docProps/app.xml", appPropertiesXml()],
    ["xl/workbook.xml", workbookXml(written)],
    ["xl/_rels/workbook.xml.rels", workbookRelsXml(sheets.length)],
    ["xl/styles.xml", stylesXml()],
    ...written.map(({ xml }, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ["xl/sharedStrings.xml", strings.xml()],
  ];
  return {
    bytes: zipWorkbook(parts, options.created),
    issues: [...data.issues, ...written.flatMap((w) => w.issues)],
  };
}
