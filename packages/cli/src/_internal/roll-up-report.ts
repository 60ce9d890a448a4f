import type { Authority, CommitteeReport, OutcomeFramework } from "@cja-kit/core";
import type { PlanWithProgress } from "./pair-returns";
import type { RollUpBy } from "./roll-up-plans";

const paragraph = (number: string, text: string) => ({
  number,
  content: [{ kind: "paragraph" as const, text }],
});

// The plans' own authority, or all of theirs named together.
function authorityOf(plans: readonly PlanWithProgress[]): Authority {
  const names = [...new Set(plans.map((p) => p.plan.authority.name))];
  const [first] = plans;
  return names.length === 1 && first !== undefined
    ? first.plan.authority
    : { name: names.join(" and "), kind: "other", councils: [] };
}

function reportWords(
  by: RollUpBy,
  framework: OutcomeFramework | undefined,
): { subject: string; purpose: string } {
  if (by === "outcome" && framework !== undefined)
    return {
      subject: `Progress by the outcomes of the ${framework.title}`,
      purpose: `To show, for each outcome of the ${framework.title}, how the actions that serve it stand, and why.`,
    };
  return by === "theme"
    ? {
        subject: "Progress by theme",
        purpose: "To show, for each theme of the plans, how its actions stand, and why.",
      }
    : { subject: "Progress by plan", purpose: "To show how the actions of each plan stand, and why." };
}

/**
 * The committee report around roll-ups, as a performance officer puts it to a board: whose it is,
 * its subject, purpose and recommendation. The roll-up report renderer adds the basis of the
 * ratings and the tables after them.
 */
export function rollUpReport(
  plans: readonly PlanWithProgress[],
  by: RollUpBy,
  framework?: OutcomeFramework,
): CommitteeReport {
  const { subject, purpose } = reportWords(by, framework);
  return {
    authority: authorityOf(plans),
    subject,
    sections: [
      {
        number: "1",
        title: "Purpose of Report",
        role: "purpose",
        paragraphs: [paragraph("1.1", purpose)],
      },
      {
        number: "2",
        title: "Recommendation(s)",
        role: "recommendations",
        paragraphs: [paragraph("2.1", "That members note the ratings and the actions behind them.")],
      },
    ],
  };
}
