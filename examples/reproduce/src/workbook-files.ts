import { writeFileSync } from "node:fs";
import { type CommitteeReport, formatIssue, type Plan, type ProgressReturn } from "@cja-kit/core";
import { type SeedDocument, seedDocuments } from "@cja-kit/seed-data";
import {
  readCommitteeReportXlsx,
  readIndicatorsXlsx,
  readPlanXlsx,
  readProgressXlsx,
  writeWorkbook,
} from "@cja-kit/xlsx";
import { expectSame } from "./round-trip";

const created = "2026-11-22T00:00:00Z";

function written(name: string, contents: Parameters<typeof writeWorkbook>[0]): Uint8Array {
  const { bytes, issues } = writeWorkbook(contents, { created });
  if (issues.length > 0) throw new Error(`${name}: ${issues.map(formatIssue).join("\n")}`);
  return bytes;
}

const planMeta = ({ themes: _themes, columns: _columns, ...meta }: Plan) => meta;
const returnMeta = ({ entries: _entries, ...meta }: ProgressReturn) => meta;

/** A plan seed as a workbook (plan, ratings, progress, indicators): the plan, its return and its indicators read back identical. */
function planWorkbook(doc: SeedDocument & { kind: "plan" }, out: URL): void {
  const name = `${doc.slug}.xlsx`;
  const { plan, progress, indicators } = doc;
  const bytes = written(name, { plan, progress, ...(indicators === undefined ? {} : { indicators }) });
  writeFileSync(new URL(name, out), bytes);
  const framework = plan.outcomeFramework === undefined ? {} : { framework: plan.outcomeFramework };
  const back = readPlanXlsx(bytes, { plan: planMeta(plan), progress: returnMeta(progress), ...framework });
  // An entry for a whole one-row action reads back as the entry for its row 0, as from CSV.
  const entries = progress.entries.map((entry) => ({ ...entry, row: entry.row ?? 0 }));
  expectSame(`${name} (Plan sheet)`, back, { plan, progress: { ...progress, entries } });
  expectSame(`${name} (Progress sheet)`, readProgressXlsx(bytes, { authority: progress.authority }), [
    progress,
  ]);
  if (indicators === undefined) return;
  const { indicators: _rows, ...set } = indicators;
  const read = readIndicatorsXlsx(bytes, { set, framework: plan.outcomeFramework ?? "nab-2008" });
  expectSame(`${name} (Indicators sheet)`, read, indicators);
}

function reportWorkbook(slug: string, report: CommitteeReport, out: URL): void {
  const name = `${slug}.xlsx`;
  const bytes = written(name, { committeeReport: report });
  writeFileSync(new URL(name, out), bytes);
  expectSame(name, readCommitteeReportXlsx(bytes, { authority: report.authority }), report);
}

/**
 * Writes each seed document as an .xlsx workbook in `out` and reads it back with the workbook
 * readers, throwing, with what differs, unless every kind it holds reads back identical.
 */
export function reproduceWorkbooks(out: URL): string[] {
  return seedDocuments.map((doc) => {
    if (doc.kind === "plan") planWorkbook(doc, out);
    else reportWorkbook(doc.slug, doc.report, out);
    return `  ${doc.slug}.xlsx: written and read back identical`;
  });
}
