import { CjaKitError, type Issue, labelKey, type RollUp } from "@cja-kit/core";
import {
  listSheets,
  readCommitteeReportXlsx,
  readIndicatorsXlsx,
  readPlanXlsx,
  readProgressXlsx,
  sheetRecords,
  type WorkbookContents,
  writeWorkbook,
} from "@cja-kit/xlsx";
import type { DocumentKind, LoadedDocument, ReadResult } from "../_internal/document";
import { usageError, workError } from "../_internal/failure";
import type { ReadContext } from "../_internal/read-context";
import {
  headingsOf,
  kindWords,
  needAuthority,
  noTableForm,
  planImportOptions,
  planRead,
  returnsImportOptions,
  returnsRead,
} from "./csv";
import { csvKind, isKnownHeading } from "./csv-kind";

// Every call into @cja-kit/xlsx goes through this file.

const sheetOf = (context: ReadContext) => (context.sheet === undefined ? {} : { sheet: context.sheet });

function needTitle(file: string, context: ReadContext): string {
  if (context.title !== undefined) return context.title;
  throw usageError(
    "missing-title",
    `${file}: an XLSX indicator set does not say its title: give --title (e.g. "Community justice indicators 2020-21").`,
  );
}

/** An indicator sheet read with the xlsx package's reader: the set's title and owner from the options. */
function readIndicators(file: string, bytes: Uint8Array, context: ReadContext): ReadResult {
  const authority = context.authority;
  if (authority === undefined)
    throw usageError(
      "missing-authority",
      `${file}: an XLSX indicator set does not say whose it is: give --authority (a partnership such as "West Dunbartonshire", or a national body such as "Community Justice Scotland").`,
    );
  const set = {
    title: needTitle(file, context),
    authority,
    ...(context.returnPeriod === undefined ? {} : { period: context.returnPeriod }),
  };
  const read = readIndicatorsXlsx(bytes, {
    set,
    ...sheetOf(context),
    ...(context.framework === undefined ? {} : { framework: context.framework }),
  });
  return read.ok ? { ...read, value: { kind: "indicator-set", indicators: read.value } } : read;
}

function readAs(file: string, bytes: Uint8Array, kind: DocumentKind, context: ReadContext): ReadResult {
  switch (kind) {
    case "plan":
      return planRead(
        readPlanXlsx(bytes, { ...planImportOptions(file, context, "XLSX"), ...sheetOf(context) }),
      );
    case "progress-return":
      return returnsRead(
        readProgressXlsx(bytes, { ...returnsImportOptions(file, context, "XLSX"), ...sheetOf(context) }),
      );
    case "indicator-set":
      return readIndicators(file, bytes, context);
    case "committee-report": {
      const read = readCommitteeReportXlsx(bytes, {
        ...headingsOf(context),
        authority: needAuthority(file, kind, context, "XLSX"),
        ...sheetOf(context),
      });
      return read.ok ? { ...read, value: { kind, report: read.value } } : read;
    }
    default:
      throw noTableForm(file, kind);
  }
}

// Headings only an indicator table has (as writeWorkbook writes it), and the sheet it writes one on.
const INDICATOR_ONLY = new Set(
  ["Indicator Type", "Reporting Measure", "Data Source", "Unit", "Direction", "Baseline"].map(labelKey),
);
const INDICATOR_SHEET = /^indicators( \(\d+\))?$/i;

/** Whether the sheet read is an indicator set's: named as writeWorkbook names it, with no plan or progress sheet beside it. */
function indicatorWorkbook(bytes: Uint8Array, context: ReadContext): boolean {
  if (context.sheet !== undefined)
    return typeof context.sheet === "string" && INDICATOR_SHEET.test(context.sheet);
  const names = listSheets(bytes)
    .sheets.filter((sheet) => sheet.visible && sheet.worksheet)
    .map((s) => s.name);
  return (
    names.some((name) => INDICATOR_SHEET.test(name)) && !names.some((name) => /^(plan|progress)$/i.test(name))
  );
}

/** Whether a row is an indicator table's heading row: "Indicator" first, or a heading only indicator tables have. */
function indicatorHeadings(cells: readonly string[]): boolean {
  const keys = cells.map(labelKey).filter((key) => key !== "");
  return keys[0] === labelKey("Indicator") || keys.some((key) => INDICATOR_ONLY.has(key));
}

/** The sheet's first rows, where a heading row is looked for (as core's import looks). */
function firstRows(bytes: Uint8Array, context: ReadContext): (readonly string[])[] {
  const rows = sheetRecords(bytes, sheetOf(context)).flatMap((item) => ("issue" in item ? [] : [item.cells]));
  return rows.slice(0, 20);
}

/**
 * What a worksheet holds, told as a CSV's kind is, from its heading row: the first of its first
 * rows with two headings the readers know, else its first row with anything in it.
 */
function sheetKind(rows: readonly (readonly string[])[]): DocumentKind {
  const known = (cells: readonly string[]) => cells.filter(isKnownHeading).length;
  const header =
    rows.find((cells) => known(cells) >= 2) ?? rows.find((cells) => cells.some((c) => c.trim() !== ""));
  return header === undefined ? "plan" : csvKind(header);
}

/**
 * Reads a worksheet as the kind given, or as the kind the workbook tells: an indicator set on a
 * sheet named "Indicators" or under an indicator table's headings, else as a CSV's kind is told
 * from its heading row (a plan unless its headings are a progress return's or a committee
 * report's), with the reader for it. Telling the kind asks for no option the kind does not need.
 */
export function readXlsx(
  file: string,
  bytes: Uint8Array,
  kind: DocumentKind | undefined,
  context: ReadContext,
): ReadResult & { kind: DocumentKind } {
  if (kind !== undefined) return { ...readAs(file, bytes, kind, context), kind };
  const rows = firstRows(bytes, context);
  const told =
    indicatorWorkbook(bytes, context) || rows.some(indicatorHeadings) ? "indicator-set" : sheetKind(rows);
  return { ...readAs(file, bytes, told, context), kind: told };
}

function contents(file: string, document: LoadedDocument): WorkbookContents {
  switch (document.kind) {
    case "plan":
      return {
        plan: document.plan,
        ...(document.progress === undefined ? {} : { progress: document.progress }),
      };
    case "progress-return":
      return { progress: document.returns };
    case "indicator-set":
      return { indicators: document.indicators };
    case "committee-report":
      return { committeeReport: document.report };
    default:
      throw usageError(
        "no-xlsx-form",
        `${file}: ${kindWords(document.kind)} have no XLSX form; write JSON (or .docx to print it) instead.`,
      );
  }
}

function written(
  file: string,
  what: WorkbookContents,
  created: Date,
): { bytes: Uint8Array; issues: Issue[] } {
  try {
    return writeWorkbook(what, { created: created.toISOString() });
  } catch (error) {
    if (error instanceof CjaKitError) throw workError("cannot-write", `${file}: ${error.message}`);
    throw error;
  }
}

/**
 * A document as an Excel workbook: a plan (with its progress beside each row and on a sheet of
 * its own), progress returns or an indicator set, with the issues met writing it.
 */
export function writeXlsx(
  file: string,
  document: LoadedDocument,
  created: Date,
): { bytes: Uint8Array; issues: Issue[] } {
  return written(file, contents(file, document), created);
}

/** Roll-ups as an Excel workbook: their "Roll-up" sheet and a README. */
export function rollUpXlsx(
  file: string,
  rollUps: readonly RollUp[],
  created: Date,
): { bytes: Uint8Array; issues: Issue[] } {
  return written(file, { rollUps }, created);
}
