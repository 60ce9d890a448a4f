import { communityJusticeAuthorities, formatIssue, parseMoney, parseOutcomeRefs, parseTimescale, validatePlan } from "@cja-kit/core";
import { renderActionPlan } from "@cja-kit/docx";
import { writeDocx } from "@cja-kit/docx/node";

const checked = validatePlan({
  kind: "action-plan", title: "ACTION PLAN 2010-11", authority: communityJusticeAuthorities["lothian-borders"],
  period: { from: "2010-11", to: "2010-11" }, areaPlanPeriod: { from: "2008-09", to: "2010-11" },
  columns: [{ field: "measure", label: "Key Measure" }, { field: "timescale", label: "Timescale" }, { field: "resources", label: "Resources" }],
  themes: [{ number: "2.4", title: "Offending Behaviour", actions: [{
    number: "2.4.2.", outcomeRefs: parseOutcomeRefs("(A1 & C3)").value,
    title: [{ kind: "paragraph", text: "Effectively manage sexual and violent offenders through the MAPPA process" }],
    rows: [{ timescale: parseTimescale("2008-09 and ongoing").value, resources: parseMoney("Existing resources").value }],
  }] }],
});
if (!checked.ok) throw new Error(checked.issues.map(formatIssue).join("\n"));
await writeDocx("action-plan.docx", renderActionPlan(checked.value));
console.log("wrote action-plan.docx", checked.issues.map(formatIssue));
