import type { Authority, CommitteeReport, Content, OutcomeFramework, RollUp } from "@cja-kit/core";
import { ragLabels } from "@cja-kit/core";
import type { PlanWithProgress } from "./pair-returns";
import type { RollUpBy } from "./roll-up-plans";

type Section = CommitteeReport["sections"][number];

function rollUpContent(rollUp: RollUp): Content {
  const drivers = rollUp.drivers.map((d) => `${d.label}: ${d.because}`);
  return [
    { kind: "paragraph", text: rollUp.label, strong: true },
    {
      kind: "paragraph",
      text: `Rating: ${ragLabels[rollUp.rag]} (${rollUp.total} action rows). ${rollUp.because}`,
    },
    ...(drivers.length === 0 ? [] : [{ kind: "list" as const, marker: "bullet" as const, items: drivers }]),
  ];
}

function flatten(rollUps: readonly RollUp[]): RollUp[] {
  return rollUps.flatMap((rollUp) => [rollUp, ...flatten(rollUp.children ?? [])]);
}

function section(number: number, title: string, rollUps: readonly RollUp[]): Section {
  return {
    number: String(number),
    title,
    role: "body",
    paragraphs: flatten(rollUps).map((r, k) => ({ number: `${number}.${k + 1}`, content: rollUpContent(r) })),
  };
}

function bodySections(rollUps: readonly RollUp[], framework: OutcomeFramework | undefined): Section[] {
  if (framework === undefined)
    return rollUps.map((rollUp, index) => section(index + 3, rollUp.label, [rollUp]));
  const groupOf = new Map(framework.outcomes.map((o) => [`${framework.id}:${o.code}`, o.group]));
  return framework.groups.map((group, index) =>
    section(
      index + 3,
      group.label,
      rollUps.filter((r) => groupOf.get(r.key) === group.code),
    ),
  );
}

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
 * Roll-ups as a report to a board: purpose, recommendation, then a section per group of the
 * framework (or per plan or theme) with a paragraph per roll-up: its rating in words, the reason,
 * and the actions that decided it.
 */
export function rollUpReport(
  rollUps: readonly RollUp[],
  plans: readonly PlanWithProgress[],
  by: RollUpBy,
  framework?: OutcomeFramework,
): CommitteeReport {
  const { subject, purpose } = reportWords(by, framework);
  const authority = authorityOf(plans);
  return {
    authority,
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
      ...bodySections(rollUps, framework),
    ],
  };
}
