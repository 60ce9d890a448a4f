import { mkdirSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import {
  annualReportSections,
  assessIndicator,
  deliveryPlanColumns,
  deliveryPlanRows,
  formatIssue,
  indicatorLongRows,
  indicatorsFromWideTable,
  indicatorWideTable,
  selfAssessmentTable,
} from "@cja-kit/core";
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
// JSON in examples/out/partnerships/ and read back (failing if anything differs), then the table
// views the CSV, XLSX and Word adapters build on, printed as tab-separated text.

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
