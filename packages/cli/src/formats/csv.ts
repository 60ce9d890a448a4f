import type { Authority, Checked, Issue, PlanPeriod, RollUp } from "@cja-kit/core";
import {
  readCommitteeReportCsv,
  readPlanCsv,
  readProgressCsv,
  writeCommitteeReportCsv,
  writePlanCsv,
  writeProgressCsv,
  writeRollUpCsv,
} from "@cja-kit/csv";
import type { DocumentKind, LoadedDocument } from "../_internal/document";
import { usageError } from "../_internal/failure";
import type { ReadContext } from "../_internal/read-context";
import type { LayoutChoice } from "../lookups/plan-layout";

// Every call into @cja-kit/csv goes through this file.

function needAuthority(file: string, kind: DocumentKind, context: ReadContext): Authority {
  if (context.authority !== undefined) return context.authority;
  throw usageError(
    "missing-authority",
    `${file}: a CSV ${kind} does not say whose it is: give --authority (a code such as lanarkshire, or a name such as "Lothian & Borders").`,
  );
}

function needPeriod(file: string, context: ReadContext): PlanPeriod {
  if (context.period !== undefined) return context.period;
  throw usageError(
    "missing-period",
    `${file}: a CSV plan does not say which years it covers: give --period (e.g. 2010-11, or 2008-11 for three years).`,
  );
}

function readPlan(file: string, bytes: Uint8Array, context: ReadContext): Checked<LoadedDocument> {
  const authority = needAuthority(file, "plan", context);
  const period = needPeriod(file, context);
  const read = readPlanCsv(bytes, {
    plan: {
      kind: context.planKind ?? "action-plan",
      authority,
      period,
      ...(context.areaPeriod === undefined ? {} : { areaPlanPeriod: context.areaPeriod }),
      ...(context.title === undefined ? {} : { title: context.title }),
    },
    ...(context.returnPeriod === undefined ? {} : { progress: { authority, period: context.returnPeriod } }),
    ...(context.framework === undefined ? {} : { framework: context.framework }),
  });
  if (!read.ok) return read;
  const { plan, progress } = read.value;
  return {
    ok: true,
    issues: read.issues,
    value: { kind: "plan", plan, ...(progress === undefined ? {} : { progress }) },
  };
}

/** Reads a CSV of the given kind with the csv package's reader for it. */
export function readCsv(
  file: string,
  bytes: Uint8Array,
  kind: DocumentKind,
  context: ReadContext,
): Checked<LoadedDocument> {
  switch (kind) {
    case "plan":
      return readPlan(file, bytes, context);
    case "progress-return": {
      const authority = needAuthority(file, kind, context);
      const read = readProgressCsv(bytes, {
        authority,
        ...(context.returnPeriod === undefined ? {} : { period: context.returnPeriod }),
      });
      return read.ok ? { ...read, value: { kind, returns: read.value } } : read;
    }
    case "committee-report": {
      const read = readCommitteeReportCsv(bytes, { authority: needAuthority(file, kind, context) });
      return read.ok ? { ...read, value: { kind, report: read.value } } : read;
    }
    case "indicator-set":
      throw usageError("no-csv-form", `${file}: indicator sets have no CSV form; keep them as JSON.`);
  }
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
    case "progress-return":
      return { text: writeProgressCsv(document.returns), issues: [] };
    case "committee-report":
      return { text: writeCommitteeReportCsv(document.report), issues: [] };
    case "indicator-set":
      throw usageError("no-csv-form", `${file}: indicator sets have no CSV form; write JSON instead.`);
  }
}

/** Roll-ups as CSV text for a spreadsheet. */
export function rollUpCsv(rollUps: readonly RollUp[]): string {
  return writeRollUpCsv(rollUps);
}
