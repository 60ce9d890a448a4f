import { mkdirSync, writeFileSync } from "node:fs";
import { formatIssue } from "@cja-kit/core";
import { fillTemplate, renderCommitteeReport } from "@cja-kit/docx";
import { lanarkshireChiefOfficersUpdate as report } from "@cja-kit/seed-data";
import { councilLogo, councilTemplate } from "./council-template";

// Seed 004, the Chief Officer's Update, rendered by cja-kit and poured into the council's own
// template: its letterhead, logo, fonts and colours, with the report where {{body}} stands.

const body = renderCommitteeReport(report, { letterhead: false, created: "2007-09-19T00:00:00Z" });
const filled = await fillTemplate(
  await councilTemplate(),
  {
    content: { body },
    text: {
      subject: report.subject ?? "Report",
      meeting: "Lanarkshire Community Justice Authority",
      reportBy: report.reportBy ?? "",
      footerNote: "Lanarkshire CJA",
    },
    images: { logo: councilLogo },
  },
  { properties: { title: report.subject ?? "Report", author: "Lanarkshire Community Justice Authority" } },
);
if (!filled.ok) throw new Error(filled.issues.map(formatIssue).join("\n"));

const out = new URL("../../out/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL("council-template.docx", out), filled.value);
console.log("Chief Officer's Update in the council's template → examples/out/council-template.docx");
for (const issue of filled.issues) console.log(`  ${formatIssue(issue)}`);
