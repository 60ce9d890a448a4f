import { mkdirSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import {
  annualReportSections,
  assessIndicator,
  deliveryPlanColumns,
  deliveryPlanRows,
  formatIssue,
  type Issue,
  indicatorLongRows,
  indicatorsFromWideTable,
  indicatorWideTable,
  type Plan,
  type ProgressReturn,
  selfAssessmentTable,
} from "@cja-kit/core";
import {
  readIndicatorCsv,
  readPlanCsv,
  readProgressCsv,
  writeIndicatorCsv,
  writePlanCsv,
  writeProgressCsv,
} from "@cja-kit/csv";
import { read, write } from "@cja-kit/json";
import {
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
  eastLothianPerformanceReport2023_24,
  nationalDeliveryPlan2023,
  partnershipDocuments,
  socialWorkOrders2016_17,
} from "@cja-kit/seed-data";

// Today's partnerships: each published document of examples/seed-data/src/partnerships written as
// JSON and (each kind a table holds) as CSV in examples/out/partnerships/ and read back, failing if
// anything differs; then the table views the CSV, XLSX and Word adapters build on, printed as
// tab-separated text.

const out = new URL("../../out/partnerships/", import.meta.url);
mkdirSync(out, { recursive: true });
const tsv = (rows: readonly (readonly string[])[]) => `${rows.map((row) => row.join("\t")).join("\n")}\n`;

for (const entry of partnershipDocuments) {
  entry.documents.forEach((document, index) => {
    const name = `${entry.slug}.${index}.${document.format}.json`;
    const text = write(document);
    writeFileSync(new URL(name, out), text);
    const back = read(text, { format: document.format });
    if (!back.ok || !isDeepStrictEqual(back.value, document))
      throw new Error(`${name} did not read back the same:\n${back.issues.map(formatIssue).join("\n")}`);
    console.log(`examples/out/partnerships/${name}: written and read back`);
  });
}

/** Fails loudly where a CSV did not read back the document it was written from. */
function same(name: string, read: { ok: boolean; issues: Issue[] }, back: unknown, document: unknown) {
  writeFileSync(new URL(name, out), csvText.get(name) ?? "");
  if (!read.ok || read.issues.length > 0 || !isDeepStrictEqual(back, document))
    throw new Error(`${name} did not read back the same:\n${read.issues.map(formatIssue).join("\n")}`);
  console.log(`examples/out/partnerships/${name}: written and read back`);
}
const csvText = new Map<string, string>();
const withoutThemes = ({ themes: _t, columns: _c, ...meta }: Plan) => meta;
const withoutEntries = ({ entries: _e, ...meta }: ProgressReturn) => meta;

/** A plan as CSV, with the return it is reported in where it has one, read back. */
function planCsv(name: string, plan: Plan, progress?: ProgressReturn) {
  const { csv, issues } = writePlanCsv(plan, progress === undefined ? {} : { progress });
  if (issues.length > 0) throw new Error(`${name}: ${issues.map(formatIssue).join("\n")}`);
  csvText.set(name, csv);
  const back = readPlanCsv(csv, {
    plan: withoutThemes(plan),
    ...(progress === undefined ? {} : { progress: withoutEntries(progress) }),
  });
  const entries = progress?.entries.map((entry) => ({ ...entry, row: entry.row ?? 0 }));
  same(name, back, back.ok && [back.value.plan, back.value.progress?.entries], [plan, entries]);
}

for (const entry of partnershipDocuments) {
  entry.documents.forEach((document, index) => {
    const base = `${entry.slug}.${index}.${document.format}`;
    if (document.format === "plan") planCsv(`${base}.csv`, document.data);
    if (document.format === "progress-return") {
      const { csv, issues } = writeProgressCsv(document.data);
      if (issues.length > 0) throw new Error(`${base}: ${issues.map(formatIssue).join("\n")}`);
      csvText.set(`${base}.csv`, csv);
      const back = readProgressCsv(csv, { authority: document.data.authority });
      same(`${base}.csv`, back, back.ok && back.value, [document.data]);
    }
    if (document.format === "indicator-set")
      for (const layout of ["wide", "long"] as const) {
        const { indicators: _i, ...set } = document.data;
        const { csv, issues } = writeIndicatorCsv(document.data, { layout });
        if (issues.length > 0) throw new Error(`${base}: ${issues.map(formatIssue).join("\n")}`);
        csvText.set(`${base}.${layout}.csv`, csv);
        const back = readIndicatorCsv(csv, { set });
        same(`${base}.${layout}.csv`, back, back.ok && back.value, document.data);
      }
  });
}
// The update as it is published: each completed deliverable with its update 2 progress beside it.
planCsv(
  "national-delivery-plan-2023.update-2.plan-with-progress.csv",
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
);

const wide = indicatorWideTable(socialWorkOrders2016_17.indicators).value;
writeFileSync(new URL("social-work-orders.wide.tsv", out), tsv([wide.header, ...wide.rows]));
const again = indicatorsFromWideTable(wide).value;
if (!isDeepStrictEqual(again, socialWorkOrders2016_17.indicators))
  throw new Error("The wide table did not read back.");
const long = indicatorLongRows(socialWorkOrders2016_17.indicators);
writeFileSync(
  new URL("social-work-orders.long.tsv", out),
  tsv(long.map((row) => [row.name, row.period, row.value])),
);
console.log(
  `\n${socialWorkOrders2016_17.title}: ${long.length} rows long, ${wide.rows.length} wide, read back`,
);
for (const indicator of socialWorkOrders2016_17.indicators)
  console.log(`  ${indicator.name}: ${assessIndicator(indicator).because}`);

const scores = selfAssessmentTable(eastLothianPerformanceReport2023_24);
console.log(`\n${eastLothianPerformanceReport2023_24.title}\n${tsv([scores.header, ...scores.rows])}`);
console.log(`${annualReportSections(eastLothianPerformanceReport2023_24).length} outcome sections`);

console.log(`\n${nationalDeliveryPlan2023.title}`);
for (const row of deliveryPlanRows(nationalDeliveryPlan2023))
  console.log(`  ${row.themes.join(" → ")} → ${row.cells.number}`);
const labels = deliveryPlanColumns.filter(({ field }) => ["number", "timescale", "status"].includes(field));
console.log(
  `\n${deliveryPlanUpdate2.title}\n${tsv([
    labels.map((column) => column.label),
    ...deliveryPlanRows(deliveryPlanCompleted2024, deliveryPlanUpdate2).map((row) =>
      labels.map((column) => row.cells[column.field]),
    ),
  ])}`,
);
