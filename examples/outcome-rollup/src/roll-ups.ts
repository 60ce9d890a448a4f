import {
  type ActionAssessment,
  assessPlan,
  createRegistry,
  formatIssue,
  type RollUp,
  rollUpByOutcome,
} from "@cja-kit/core";
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

// Both authorities' actions rolled up by the 14 national outcomes (nab-2008). Lothian & Borders
// writes the 14's codes; Lanarkshire words its own local outcomes, which a local framework and a
// mapping onto the National Strategy's 23 carry to the 14 (the nab-2008 → nsmo-2006 mapping, read
// backwards).

/** The roll-ups by the 14 national outcomes, and the Lanarkshire rows no local outcome matched. */
export function outcomeRollUps(): { rollUps: RollUp[]; unlinked: string[] } {
  const registry = createRegistry({
    frameworks: [lanarkshireLocalOutcomes],
    mappings: [lanarkshireLocalToNsmo2006],
  });
  if (!registry.ok) throw new Error(registry.issues.map(formatIssue).join("\n"));
  const lothian = assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2);
  const lanarkshire: ActionAssessment[] = [
    ...assessPlan(lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2),
    ...assessPlan(lanarkshireActionPlan2010_11, lanarkshireProgress2010_11Q2),
  ];
  const links = localOutcomeLinks(lanarkshire, lanarkshireLocalOutcomes);
  const rollUps = rollUpByOutcome([...lothian, ...lanarkshire], {
    framework: "nab-2008",
    registry: registry.value,
    linksOf: (assessment) => links.get(assessment) ?? [],
  });
  const unlinked = lanarkshire.filter((a) => (links.get(a) ?? []).length === 0).map((a) => a.actionNumber);
  return { rollUps, unlinked };
}
