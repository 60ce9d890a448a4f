import { nab2008 } from "@cja-kit/core";
import { lanarkshireChiefOfficersUpdate as report } from "@cja-kit/seed-data";
import { councilLogo, councilTemplate } from "../../../../examples/council-template/src/council-template";
import { rollUpReport } from "../../../../examples/outcome-rollup/src/report";
import { outcomeRollUps } from "../../../../examples/outcome-rollup/src/roll-ups";
import { fillTemplate, type RenderedDocx, renderCommitteeReport, renderRollUpReport } from "../../src/index";
import { CREATED } from "./seeds";

// The example documents that are not a seed rendered as a kind: the outcome roll-up report and
// the Chief Officer's Update filled into the council's template, made as the examples make them.

/** The outcome roll-up report of examples/outcome-rollup. */
export function rollUpPaper(): RenderedDocx {
  return renderRollUpReport(rollUpReport, outcomeRollUps().rollUps, { framework: nab2008, created: CREATED });
}

/** The filled council template of examples/council-template, as the example fills it. */
export async function councilPaper(): Promise<Uint8Array> {
  const filled = await fillTemplate(
    await councilTemplate(),
    {
      content: {
        body: renderCommitteeReport(report, { letterhead: false, created: "2007-09-19T00:00:00Z" }),
      },
      text: {
        subject: report.subject ?? "Report",
        meeting: "Lanarkshire Community Justice Authority",
        reportBy: report.reportBy ?? "",
        footerNote: "Lanarkshire CJA",
      },
      images: { logo: councilLogo },
    },
    { properties: { title: report.subject ?? "Report" } },
  );
  if (!filled.ok) throw new Error(JSON.stringify(filled.issues));
  return filled.value;
}
