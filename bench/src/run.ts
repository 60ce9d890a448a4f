import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { parseMoney, parseOutcomeRefs, parseTimescale } from "@cja-kit/core";
import { renderActionPlan } from "@cja-kit/docx";
import { toBuffer } from "@cja-kit/docx/node";
import { csvImportParts, xmlElements } from "./breakdown";
import { bundleSizes } from "./bundle-sizes";
import { bareTable, type Case, casesFor, progressCase } from "./cases";
import { csvRates, streamMemory } from "./csv-growth";
import { generatePlan, generateProgress, MONEY, REFS, TIMESCALES } from "./generate";
import { hostileTimings } from "./hostile";
import { median, paired } from "./measure";
import { parserGrowth } from "./parser-growth";
import { type Figures, performanceReport } from "./report";
import { xlsxCases } from "./xlsx-cases";

// `pnpm bench`: measures everything against generated plans built from the seeds' wording and
// writes docs/performance.md with every figure, its budget, and why where a budget is missed.

const SIZES = [100, 1_000, 10_000];

async function measureCase(c: Case): Promise<Figures["cases"][number]> {
  // A 10,000-action Word document takes seconds; everything else runs more often, for a steadier median.
  const heavy = c.size >= 10_000;
  const options = { iterations: heavy ? (c.operation === "docx render" ? 3 : 7) : 5, time: heavy ? 0 : 1000 };
  const label = `${c.operation.padEnd(22)} ${String(c.size).padStart(6)}`;
  if (c.bare === undefined) {
    const ms = await median(c.ours, options);
    console.log(`${label}  ${ms.toFixed(1).padStart(9)} ms`);
    return { operation: c.operation, size: c.size, ms };
  }
  const pair = await paired(c.ours, c.bare, options);
  console.log(
    `${label}  ${pair.ours.toFixed(1).padStart(9)} ms  ×${pair.ratio.toFixed(2)} (×${pair.low.toFixed(2)}-×${pair.high.toFixed(2)}, ${pair.pairs} pairs) of ${c.bareName}`,
  );
  return {
    operation: c.operation,
    size: c.size,
    ms: pair.ours,
    bareMs: pair.bare,
    bareName: c.bareName ?? "",
    ratio: { median: pair.ratio, low: pair.low, high: pair.high, pairs: pair.pairs },
  };
}

async function perCall(
  name: string,
  inputs: readonly string[],
  parse: (text: string) => unknown,
): Promise<Figures["parsers"][number]> {
  const ms = await median(() => {
    for (let round = 0; round < 100; round++) for (const text of inputs) parse(text);
  });
  const microseconds = (ms / (inputs.length * 100)) * 1000;
  console.log(`${name.padEnd(22)} ${microseconds.toFixed(1)} µs a call`);
  return { name, microseconds, inputs: inputs.length };
}

const cases: Figures["cases"] = [];
let csvParts: Figures["csvImportParts"] = [];
let docxElements: Figures["docxElements"] = { actions: 0, ours: 0, bare: 0 };
for (const size of SIZES) {
  const plan = generatePlan(size);
  const progress = generateProgress(plan);
  for (const c of casesFor(plan, progress, size, true)) cases.push(await measureCase(c));
  for (const c of xlsxCases(plan, progress, size)) cases.push(await measureCase(c));
  if (size === 10_000) csvParts = await csvImportParts(plan, progress);
  if (size === 1_000) {
    const ours = await xmlElements(
      await toBuffer(renderActionPlan(plan, progress, { created: "2026-11-22T00:00:00Z" })),
    );
    docxElements = { actions: size, ours, bare: await xmlElements(await bareTable(plan, progress)()) };
  }
}
cases.push(await measureCase(progressCase(generateProgress(generatePlan(10_000)))));

const parsers = [
  await perCall("parseTimescale", TIMESCALES, parseTimescale),
  await perCall("parseOutcomeRefs", REFS, (text) => parseOutcomeRefs(text)),
  await perCall("parseMoney", MONEY, parseMoney),
];
const bundles = await bundleSizes();
for (const b of bundles) console.log(`${b.name}: ${(b.gzipped / 1024).toFixed(1)} kB gzipped`);
const hostile = await hostileTimings();
const growth = await parserGrowth();
const csvGrowth = await csvRates();
const streaming = streamMemory();

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
};
const target = new URL("../../docs/performance.md", import.meta.url);
writeFileSync(
  target,
  performanceReport({
    machine,
    cases,
    parsers,
    bundles,
    hostile,
    csvImportParts: csvParts,
    docxElements,
    parserGrowth: growth,
    csvGrowth,
    streaming,
  }),
);
console.log(`\nwrote docs/performance.md`);
