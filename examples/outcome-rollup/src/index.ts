import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  assessPlan,
  createRegistry,
  formatIssue,
  nab2008,
  type RollUp,
  ragLabels,
  rollUpByOutcome,
} from "@cja-kit/core";
import { writeRollUpCsv } from "@cja-kit/csv";
import { renderCommitteeReport } from "@cja-kit/docx";
import { writeDocx } from "@cja-kit/docx/node";
import {
  lanarkshireActionPlan2010_11,
  lanarkshireImplementationPlan2008_09,
  lanarkshireLocalOutcomes,
  lanarkshireLocalToNsmo2006,
  lanarkshireProgress2008_09Q2,
  lanarkshireProgress2010_11Q2,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
} from "@cja-kit/seed-data";
import { localOutcomeLinks } from "./links";
import { rollUpReport } from "./report";

// Both authorities' actions rolled up by the 14 national outcomes (nab-2008). Lothian & Borders
// writes the 14's codes; Lanarkshire words its own local outcomes, which a local framework and a
// mapping onto the National Strategy's 23 carry to the 14 (the nab-2008 → nsmo-2006 mapping, read
// backwards).

const registry = createRegistry({
  frameworks: [lanarkshireLocalOutcomes],
  mappings: [lanarkshireLocalToNsmo2006],
});
if (!registry.ok) throw new Error(registry.issues.map(formatIssue).join("\n"));

const lothian = assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2);
const lanarkshire = [
  ...assessPlan(lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2),
  ...assessPlan(lanarkshireActionPlan2010_11, lanarkshireProgress2010_11Q2),
];
const links = localOutcomeLinks(lanarkshire, lanarkshireLocalOutcomes);
const rollUps = rollUpByOutcome([...lothian, ...lanarkshire], {
  framework: "nab-2008",
  registry: registry.value,
  linksOf: (assessment) => links.get(assessment) ?? [],
});

const out = new URL("../../out/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL("outcome-rollup.csv", out), writeRollUpCsv(rollUps));
const report = rollUpReport(nab2008, rollUps, {
  name: "Lanarkshire CJA and Lothian & Borders CJA",
  kind: "other",
  councils: [],
});
await writeDocx(
  fileURLToPath(new URL("outcome-rollup.docx", out)),
  renderCommitteeReport(report, { created: "2026-11-22T00:00:00Z" }),
);

const unlinked = lanarkshire.filter((a) => (links.get(a) ?? []).length === 0).map((a) => a.actionNumber);

/** One outcome's line: its rating, the counts behind it, how much was rated, and the reason. */
function line(r: RollUp): string {
  const code = r.key.replace("nab-2008:", "").padEnd(3);
  const { red, amber, green } = r.counts.rag;
  const counts = `${red} red, ${amber} amber, ${green} green, ${r.total - r.rated} not rated`;
  const coverage = `${r.rated}/${r.total} rated (${Math.round(r.coverage * 100)}%)`;
  return `${code} ${ragLabels[r.rag].padEnd(9)} ${counts.padEnd(40)} ${coverage.padEnd(20)} ${r.because}`;
}

const sources = new Map(rollUps.flatMap((r) => r.sources).map((s) => [s.title, s.at]));
console.log("Both authorities by the 14 national outcomes → examples/out/outcome-rollup.{docx,csv}\n");
console.log("Sources, each with the date it was assessed at:");
for (const [title, at] of sources) console.log(`  ${at}  ${title}`);
console.log(
  "\nRule: worst of the rated actions; an outcome with under half its actions rated is not rated.\n",
);
for (const r of rollUps) console.log(line(r));
console.log(
  `\nLanarkshire rows with no local outcome in the framework: ${unlinked.length === 0 ? "none" : unlinked.join(", ")}`,
);
