import {
  type CommitteeReport,
  type Content,
  type OutcomeFramework,
  type RollUp,
  ragLabels,
} from "@cja-kit/core";

function outcomeParagraph(rollUp: RollUp): Content {
  const drivers = rollUp.drivers.map((d) => `${d.label}: ${d.because}`);
  return [
    { kind: "paragraph", text: rollUp.label, strong: true },
    {
      kind: "paragraph",
      text: `Rating: ${ragLabels[rollUp.rag]}. ${rollUp.because}`,
    },
    ...(drivers.length === 0 ? [] : [{ kind: "list" as const, marker: "bullet" as const, items: drivers }]),
  ];
}

/**
 * The roll-up as a report to a board: purpose, then a section per group of the framework with a
 * paragraph per outcome (its rating in words, the reason, and the actions that decided it).
 */
export function rollUpReport(
  framework: OutcomeFramework,
  rollUps: readonly RollUp[],
  authority: CommitteeReport["authority"],
): CommitteeReport {
  return {
    authority,
    subject: `Progress by the ${framework.outcomes.length} national outcomes`,
    reportBy:
      "cja-kit example: Lothian & Borders CJA Action Plan 2010-11 (Year 2) and Lanarkshire CJA Implementation Plan 2008-09 (Q2) and Quarter 2 progress 2010",
    sections: [
      {
        number: "1",
        title: "Purpose of Report",
        role: "purpose",
        paragraphs: [
          {
            number: "1.1",
            content: [
              {
                kind: "paragraph",
                text: "To show, for each national outcome, how the actions of both authorities that serve it stand, and why. Lanarkshire's local outcomes are matched to the National Strategy's 23 outcomes by their wording, and reach the 14 through them. Each outcome's paragraph says how many of its actions were rated, and the dates the returns were assessed at; an outcome with fewer than half its actions rated is not rated.",
              },
            ],
          },
        ],
      },
      {
        number: "2",
        title: "Recommendation(s)",
        role: "recommendations",
        paragraphs: [
          {
            number: "2.1",
            content: [
              { kind: "paragraph", text: "That members note the ratings and the actions behind them." },
            ],
          },
        ],
      },
      ...framework.groups.map((group, index) => ({
        number: String(index + 3),
        title: group.label,
        role: "body" as const,
        paragraphs: rollUps
          .filter(
            (r) =>
              framework.outcomes.find((o) => `${framework.id}:${o.code}` === r.key)?.group === group.code,
          )
          .map((r, k) => ({ number: `${index + 3}.${k + 1}`, content: outcomeParagraph(r) })),
      })),
    ],
  };
}
