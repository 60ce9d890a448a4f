import { communityJusticePartnerships, type IndicatorSet, type Plan, parseTimescale } from "@cja-kit/core";

const paragraph = (text: string) => ({ kind: "paragraph" as const, text });

/**
 * West Dunbartonshire Community Justice Implementation Action Plan, April 2017 – March 2018
 * (Appendix B of the partnership's first Community Justice Outcome Improvement Plan): its first
 * outcome as published, nested as the plan nests it, the 2016 National Strategy's Section 4 above
 * the partnership's own Outcome 1 above its actions. The five actions share one due date and one
 * "Managed By" cell, so they are one row of a list; the plan numbers the outcome, not the actions,
 * so the action is numbered 1 after it. See `extract.txt` for the source and licence.
 */
export const westDunbartonshireActionPlan2017_18: Plan = {
  id: "west-dunbartonshire/action-plan-2017-18",
  kind: "outcome-improvement-plan",
  title: "West Dunbartonshire Community Justice Implementation Action Plan",
  authority: communityJusticePartnerships["west-dunbartonshire"],
  period: { from: "2017-18", to: "2017-18" },
  outcomeFramework: "cj-opi-2016",
  cover: {
    lines: [
      "West Dunbartonshire Community Justice Implementation Action Plan",
      "April 2017 – March 2018",
      "Appendix B",
      "Community Justice Outcome Improvement Action Plan 2017-2018",
    ],
  },
  columns: [
    { field: "detail", label: "Action" },
    { field: "timescale", label: "Action Due Date" },
    { field: "lead", label: "Managed By" },
  ],
  themes: [
    {
      title: "Improved public understanding and participation in community justice",
      outcomeRefs: {
        raw: "National Community Justice Strategy Section 4",
        refs: [{ framework: "nscj-2016", code: "4" }],
      },
      themes: [
        {
          title: "West Dunbartonshire Community Justice Outcome 1:",
          localOutcomes: [paragraph("Improve public understanding and participation in community justice")],
          actions: [
            {
              number: "1",
              rows: [
                {
                  detail: [
                    {
                      kind: "list",
                      marker: "none",
                      items: [
                        "Establish community justice consultation areas to embed within CPWD Your Community model, supporting capacity building",
                        "Develop and agree local indicators to be utilised to monitor progress within the new Community Justice model",
                        "Develop an improved shared understanding of local community justice issues and what effective interventions can be delivered to provide opportunities for change",
                        "Identify ways that we can improve communication, learning and innovation to secure better outcomes for our citizens and communities",
                        "Ensuring community justice is a key element of consultation, engagement and involvement for key partners",
                      ],
                    },
                  ],
                  timescale: parseTimescale("31 March 2018").value,
                  lead: [paragraph("West Dunbartonshire Community Justice Partners")],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/**
 * The "Performance Reporting Indicators" of the same plan's Outcome 1: Indicator Type / Indicator /
 * Reporting Measure, as published. A fourth indicator ("Consultation with communities as …") is
 * cut off in the stored text and left out. The plan prints them after Outcome 1's actions, so each
 * names that outcome's action (numbered 1 above) as the one it reports on.
 */
export const westDunbartonshireIndicators2017_18: IndicatorSet = {
  id: "west-dunbartonshire/indicators-2017-18",
  title: "West Dunbartonshire Community Justice Outcome 1 Performance Reporting Indicators",
  authority: communityJusticePartnerships["west-dunbartonshire"],
  period: { kind: "financial-year", year: "2017-18" },
  indicators: [
    {
      id: "outcome-1-quantitative",
      actionNumber: "1",
      name: "Perceptions of local crime rate",
      type: "quantitative",
      measure: "West Dunbartonshire results from Scottish Government Household Survey",
      frameworkIndicator: { framework: "cj-opi-2016", id: "1.3" },
    },
    {
      id: "outcome-1-contextual",
      actionNumber: "1",
      name: "Public attitudes to crime and other issues that impact on communities",
      type: "contextual",
      measure:
        "West Dunbartonshire findings from Police Scotland Your View Counts survey/West Dunbartonshire Citizens Panel findings",
    },
    {
      id: "outcome-1-change-and-impact",
      actionNumber: "1",
      name: "Activities carried out to engage with ‘communities’ as well as other relevant constituencies",
      type: "change-and-impact",
      measure:
        "Community Justice specific activities and results/outcomes of work undertaken in the development of West Dunbartonshire’s refreshed Community Engagement and Participation Model including:\nPeople with convictions\nVictims of crime\nWider Community of Residents\nBusiness Community",
      frameworkIndicator: { framework: "cj-opi-2016", id: "1.1" },
    },
  ],
};
