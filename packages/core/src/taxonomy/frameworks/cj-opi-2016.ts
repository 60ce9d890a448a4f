import type { OutcomeFramework } from "../outcome-framework";

const URL = "https://www.gov.scot/publications/community-justice-outcomes-performance-improvement-framework/";
const WD =
  "Checked against West Dunbartonshire's Community Justice Outcome Improvement Plan 2017-18, which quotes it";

const outcome = (code: string, group: string, wording: string, unverified?: string) => ({
  framework: "cj-opi-2016",
  code,
  group,
  wording,
  ...(unverified === undefined ? {} : { unverified }),
});

const UNCHECKED =
  "Recalled from the framework's table of common indicators; the stored copies of the publication cut off before it, so the wording is not checked";

/**
 * The Community Justice Outcomes, Performance and Improvement Framework (Scottish Government,
 * November 2016, under the Community Justice (Scotland) Act 2016): four structural and three
 * person-centric outcomes, and common indicators of three types (quantitative, contextual, change
 * and impact). Outcomes 6 and 7 are worded as the publication's own note quotes them; the others as
 * partnerships' plans quote them (`unverified` says where). Replaced in 2023 by `cjpf-2023`.
 *
 * @example
 * ```ts
 * cjOpi2016.outcomes.filter((o) => o.group === "person-centric").length; // 3
 * ```
 */
export const cjOpi2016: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "cj-opi-2016",
  title: "Community Justice Outcomes, Performance and Improvement Framework",
  source: "Scottish Government, November 2016",
  url: URL,
  note: "Open Government Licence v3.0. Outcomes 6 and 7 checked against the publication's note 2 (gov.scot page 11); outcomes 1-5 against partnerships' plans that quote them.",
  groups: [
    { code: "structural", label: "Structural outcomes" },
    { code: "person-centric", label: "Person-centric outcomes" },
  ],
  outcomes: [
    outcome(
      "1",
      "structural",
      "Communities improve their understanding and participation in community justice",
      WD,
    ),
    outcome(
      "2",
      "structural",
      "Partners plan and deliver services in a more strategic and collaborative way",
      WD,
    ),
    outcome(
      "3",
      "structural",
      "People have better access to the services they require, including welfare, health and wellbeing, housing and employability",
      WD,
    ),
    outcome(
      "4",
      "structural",
      "Effective interventions are delivered to prevent and reduce the risk of further offending",
      `${WD} as "Effective interventions should be delivered …"`,
    ),
    outcome(
      "5",
      "person-centric",
      "Life chances are improved through needs, including health, financial inclusion, housing and safety, being addressed",
      `${WD} without the comma before "being addressed"`,
    ),
    outcome(
      "6",
      "person-centric",
      "People develop positive relationships and more opportunities to participate and contribute through education, employment and leisure activities",
    ),
    outcome(
      "7",
      "person-centric",
      "Individual's resilience and capacity for change and self-management are enhanced",
    ),
  ],
  indicators: [
    {
      id: "1.1",
      outcomes: ["1"],
      type: "change-and-impact",
      wording: "Activities carried out to engage with 'communities' as well as other relevant constituencies",
      unverified: `${WD} (its Outcome 1 indicators)`,
    },
    {
      id: "1.2",
      outcomes: ["1"],
      type: "change-and-impact",
      wording: "Consultation with communities as part of community justice planning and service provision",
      unverified: UNCHECKED,
    },
    {
      id: "1.3",
      outcomes: ["1"],
      type: "quantitative",
      wording: "Perceptions of the local crime rate",
      unverified: `${WD} as "Perceptions of local crime rate"`,
    },
    {
      id: "2.1",
      outcomes: ["2"],
      type: "change-and-impact",
      wording: "Services are planned for and delivered in a strategic and collaborative way",
      unverified: UNCHECKED,
    },
    {
      id: "3.1",
      outcomes: ["3"],
      type: "change-and-impact",
      wording:
        "Partners have identified and are overcoming structural barriers for people accessing services",
      unverified: UNCHECKED,
    },
    {
      id: "4.1",
      outcomes: ["4"],
      type: "quantitative",
      wording: "Use of 'other activity' requirements in CPOs",
      unverified: UNCHECKED,
    },
    {
      id: "5-7.1",
      outcomes: ["5", "6", "7"],
      type: "change-and-impact",
      wording: "Individuals have made progress against the outcome",
      unverified: UNCHECKED,
    },
  ],
}))();
