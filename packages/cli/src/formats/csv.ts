import type {
  Authority,
  ImportResult,
  Issue,
  PlanImport,
  PlanPeriod,
  ProgressReturn,
  RollUp,
} from "@cja-kit/core";
import {
  readCommitteeReportCsv,
  readPlanCsv,
  readProgressCsv,
  writeCommitteeReportCsv,
  writePlanCsv,
  writeProgressCsv,
  writeRollUpCsv,
} from "@cja-kit/csv";
import type { DocumentKind, LoadedDocument, ReadResult } from "../_internal/document";
import { usageError } from "../_internal/failure";
import type { ReadContext } from "../_internal/read-context";
import type { LayoutChoice } from "../lookups/plan-layout";

// Every call into @cja-kit/csv goes through this file.

/** The kinds of file a table is read from, as messages name them. */
export type TableFormat = "CSV" | "XLSX";

const article = (format: TableFormat) => (format === "XLSX" ? "an" : "a");

/** The owner the command was given; a table does not say whose it is. */
export function needAuthority(
  file: string,
  kind: DocumentKind,
  context: ReadContext,
  format: TableFormat,
): Authority {
  if (context.authority !== undefined) return context.authority;
  throw usageError(
    "missing-authority",
    `${file}: ${article(format)} ${format} ${kind.replace(/-/g, " ")} does not say whose it is: give --authority (a code such as lanarkshire, or a name such as "Lothian & Borders").`,
  );
}

function needPeriod(file: string, context: ReadContext, format: TableFormat): PlanPeriod {
  if (context.period !== undefined) return context.period;
  throw usageError(
    "missing-period",
    `${file}: ${article(format)} ${format} plan does not say which years it covers: give --period (e.g. 2010-11, or 2008-11 for three years).`,
  );
}

/** The options of every table reader: the caller's reading of headings, and merged cells. */
export const headingsOf = (context: ReadContext) => ({
  ...(context.headings === undefined ? {} : { headings: context.headings }),
  ...(context.mergedCells === undefined ? {} : { mergedCells: context.mergedCells }),
});

/** What a plan table's reader takes beyond the table, from the command's options. */
export function planImportOptions(file: string, context: ReadContext, format: TableFormat) {
  const authority = needAuthority(file, "plan", context, format);
  return {
    ...headingsOf(context),
    plan: {
      kind: context.planKind ?? "action-plan",
      authority,
      period: needPeriod(file, context, format),
      ...(context.areaPeriod === undefined ? {} : { areaPlanPeriod: context.areaPeriod }),
      ...(context.title === undefined ? {} : { title: context.title }),
    },
    ...(context.returnPeriod === undefined ? {} : { progress: { authority, period: context.returnPeriod } }),
    ...(context.framework === undefined ? {} : { framework: context.framework }),
  };
}

/** What a progress table's reader takes beyond the table, from the command's options. */
export function returnsImportOptions(file: string, context: ReadContext, format: TableFormat) {
  return {
    ...headingsOf(context),
    authority: needAuthority(file, "progress-return", context, format),
    ...(context.returnPeriod === undefined ? {} : { period: context.returnPeriod }),
  };
}

/** A plan table read, as the command holds documents. */
export function planRead(read: ImportResult<PlanImport>): ReadResult {
  if (!read.ok) return read;
  const { plan, progress } = read.value;
  return {
    ...read,
    value: { kind: "plan", plan, ...(progress === undefined ? {} : { progress }) },
  };
}

/** A progress table read, as the command holds documents. */
export function returnsRead(read: ImportResult<ProgressReturn[]>): ReadResult {
  return read.ok ? { ...read, value: { kind: "progress-return", returns: read.value } } : read;
}

/** Reads a CSV of the given kind with the csv package's reader for it. */
export function readCsv(
  file: string,
  bytes: Uint8Array,
  kind: DocumentKind,
  context: ReadContext,
): ReadResult {
  switch (kind) {
    case "plan":
      return planRead(readPlanCsv(bytes, planImportOptions(file, context, "CSV")));
    case "progress-return":
      return returnsRead(readProgressCsv(bytes, returnsImportOptions(file, context, "CSV")));
    case "committee-report": {
      const read = readCommitteeReportCsv(bytes, {
        ...headingsOf(context),
        authority: needAuthority(file, kind, context, "CSV"),
      });
      return read.ok ? { ...read, value: { kind, report: read.value } } : read;
    }
    default:
      throw noTableForm(file, kind);
  }
}

/** Refuses a kind that has no table form (indicator sets, annual reports): JSON holds them. */
export function noTableForm(file: string, kind: DocumentKind): Error {
  return usageError(
    "no-table-form",
    `${file}: ${kindWords(kind)} have no CSV or XLSX form that cja-kit reads; keep them as JSON.`,
  );
}

/** A document kind in words, plural: "indicator sets". */
export function kindWords(kind: DocumentKind): string {
  return `${kind.replace(/-/g, " ")}s`;
}

/** A document as CSV text, with the issues met writing it (progress the plan has no row for). */
export function writeCsv(
  file: string,
  document: LoadedDocument,
  layout: LayoutChoice | undefined,
): { text: string; issues: Issue[] } {
  switch (document.kind) {
    case "plan": {
      const { csv, issues } = writePlanCsv(document.plan, {
        ...(layout === undefined ? {} : { layout }),
        ...(document.progress === undefined ? {} : { progress: document.progress }),
      });
      return { text: csv, issues };
    }
    case "progress-return": {
      const { csv, issues } = writeProgressCsv(document.returns);
      return { text: csv, issues };
    }
    case "committee-report": {
      const { csv, issues } = writeCommitteeReportCsv(document.report);
      return { text: csv, issues };
    }
    default:
      throw usageError(
        "no-csv-form",
        `${file}: ${kindWords(document.kind)} have no CSV form; write JSON (or .docx to print it) instead.`,
      );
  }
}

/** Roll-ups as CSV text for a spreadsheet, with a warning for each cell longer than a spreadsheet holds. */
export function rollUpCsv(rollUps: readonly RollUp[]): { text: string; issues: Issue[] } {
  const { csv, issues } = writeRollUpCsv(rollUps);
  return { text: csv, issues };
}
