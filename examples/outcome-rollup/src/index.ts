import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatIssue, nab2008, type RollUp, ragLabels } from "@cja-kit/core";
import { writeRollUpCsv } from "@cja-kit/csv";
import { renderRollUpReport } from "@cja-kit/docx";
import { writeDocx } from "@cja-kit/docx/node";
import { rollUpReport } from "./report";
import { outcomeRollUps } from "./roll-ups";

// Both authorities' actions rolled up by the 14 national outcomes, written as a board report
// (Word) and as a table (CSV), with the sources, their dates and the reason for each rating.

const { rollUps, unlinked } = outcomeRollUps();
const out = new URL("../../out/", import.meta.url);
mkdirSync(out, { recursive: true });
const rollUpCsv = writeRollUpCsv(rollUps);
for (const issue of rollUpCsv.issues) console.warn(formatIssue(issue));
writeFileSync(new URL("outcome-rollup.csv", out), rollUpCsv.csv);
const rendered = renderRollUpReport(rollUpReport, rollUps, {
  framework: nab2008,
  created: "2026-11-22T00:00:00Z",
});
await writeDocx(fileURLToPath(new URL("outcome-rollup.docx", out)), rendered);

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
for (const issue of rendered.issues) console.log(`  ${issue.code}: ${issue.message}`);
