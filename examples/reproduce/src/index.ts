import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CommitteeReport, formatIssue, type Plan, type ProgressReturn } from "@cja-kit/core";
import { readCommitteeReportCsv, readPlanCsv, writeCommitteeReportCsv, writePlanCsv } from "@cja-kit/csv";
import {
  type RenderedDocx,
  renderActionPlan,
  renderCommitteeReport,
  renderDeliveryPlan,
  renderImplementationPlan,
  renderOutcomeImprovementPlan,
  renderProgressReport,
} from "@cja-kit/docx";
import { writeDocx } from "@cja-kit/docx/node";
import { read, write } from "@cja-kit/json";
import { type SeedDocument, seedDocuments } from "@cja-kit/seed-data";
import { reproducePartnershipDocuments } from "./partnerships";
import { expectSame } from "./round-trip";
import { statusSummary } from "./summary";
import { reproduceWorkbooks } from "./workbook-files";

// Reproduces each seed document from its typed data as Word, CSV, JSON and an Excel workbook in
// examples/out/, reads the CSV, JSON and workbook back (failing if anything differs), and prints a
// status summary of each plan;
// then each published document of today's partnerships as Word and JSON (CSV and XLSX for them
// wait for those adapters' indicator, delivery-plan and self-assessment tables).

const out = new URL("../../out/", import.meta.url);
mkdirSync(out, { recursive: true });
const file = (name: string) => new URL(name, out);
const created = "2026-11-22T00:00:00Z";

/** How each plan seed is printed: the document kind it is. */
function renderPlan(doc: SeedDocument & { kind: "plan" }): RenderedDocx {
  switch (doc.plan.kind) {
    case "implementation-plan":
      return renderImplementationPlan(doc.plan, doc.progress, { created });
    case "action-plan":
      return doc.plan.outcomeFramework === "sg-national-outcomes-2007"
        ? renderProgressReport(doc.plan, doc.progress, { created })
        : renderActionPlan(doc.plan, doc.progress, { created });
    case "area-plan":
      return renderActionPlan(doc.plan, doc.progress, { created });
    case "outcome-improvement-plan":
      return renderOutcomeImprovementPlan(doc.plan, doc.progress, { created });
    case "delivery-plan":
      return renderDeliveryPlan(doc.plan, doc.progress, { created });
  }
}

function withoutTable(plan: Plan) {
  const { themes: _themes, columns: _columns, ...meta } = plan;
  return meta;
}

function withoutEntries(progress: ProgressReturn) {
  const { entries: _entries, ...meta } = progress;
  return meta;
}

function planFiles(doc: SeedDocument & { kind: "plan" }): void {
  writeFileSync(file(`${doc.slug}.json`), write({ format: "plan", data: doc.plan }));
  writeFileSync(file(`${doc.slug}.progress.json`), write({ format: "progress-return", data: doc.progress }));
  expectSame(`${doc.slug}.json`, read(write({ format: "plan", data: doc.plan })), {
    format: "plan",
    data: doc.plan,
  });
  expectSame(`${doc.slug}.progress.json`, read(write({ format: "progress-return", data: doc.progress })), {
    format: "progress-return",
    data: doc.progress,
  });
  if (doc.indicators !== undefined) {
    const text = write({ format: "indicator-set", data: doc.indicators });
    writeFileSync(file(`${doc.slug}.indicators.json`), text);
    expectSame(`${doc.slug}.indicators.json`, read(text), { format: "indicator-set", data: doc.indicators });
  }

  const { csv, issues } = writePlanCsv(doc.plan, { progress: doc.progress });
  if (issues.length > 0) throw new Error(issues.map(formatIssue).join("\n"));
  writeFileSync(file(`${doc.slug}.csv`), csv);
  const back = readPlanCsv(csv, { plan: withoutTable(doc.plan), progress: withoutEntries(doc.progress) });
  // An entry for a whole one-row action reads back as the entry for its row 0.
  const entries = doc.progress.entries.map((entry) => ({ ...entry, row: entry.row ?? 0 }));
  expectSame(
    `${doc.slug}.csv`,
    { ...back, ...(back.ok ? { value: [back.value.plan.themes, back.value.progress?.entries] } : {}) },
    [doc.plan.themes, entries],
  );
  writeFileSync(
    file(`${doc.slug}.document.csv`),
    writePlanCsv(doc.plan, { progress: doc.progress, layout: "document" }).csv,
  );
}

function reportFiles(slug: string, report: CommitteeReport): void {
  const json = write({ format: "committee-report", data: report });
  writeFileSync(file(`${slug}.json`), json);
  expectSame(`${slug}.json`, read(json), { format: "committee-report", data: report });
  const { csv, issues } = writeCommitteeReportCsv(report);
  if (issues.length > 0) throw new Error(issues.map(formatIssue).join("\n"));
  writeFileSync(file(`${slug}.csv`), csv);
  expectSame(`${slug}.csv`, readCommitteeReportCsv(csv, { authority: report.authority }), report);
}

for (const doc of seedDocuments) {
  const rendered = doc.kind === "plan" ? renderPlan(doc) : renderCommitteeReport(doc.report, { created });
  await writeDocx(fileURLToPath(file(`${doc.slug}.docx`)), rendered);
  if (doc.kind === "plan") planFiles(doc);
  else reportFiles(doc.slug, doc.report);
  const warnings = rendered.issues.map(formatIssue);
  console.log(
    `\n${doc.seed} → examples/out/${doc.slug}.{docx,csv,json}: written and read back${warnings.length > 0 ? `\n  ${warnings.join("\n  ")}` : ""}`,
  );
  if (doc.kind === "plan") console.log(statusSummary(doc.plan, doc.progress));
}

console.log(`\nThe seeds as workbooks:\n${reproduceWorkbooks(out).join("\n")}`);

console.log(`\nToday's partnerships:\n${(await reproducePartnershipDocuments(out)).join("\n")}`);
