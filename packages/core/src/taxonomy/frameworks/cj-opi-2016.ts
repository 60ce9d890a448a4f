import type { OutcomeFramework } from "../outcome-framework";

const outcome = (code: string, group: string, wording: string) => ({
  framework: "cj-opi-2016",
  code,
  group,
  wording,
});

/**
 * The Community Justice Outcomes, Performance and Improvement Framework (2016, under the Community
 * Justice (Scotland) Act 2016): four structural and three person-centric outcomes.
 *
 * @example
 * ```ts
 * cjOpi2016.outcomes.filter((o) => o.group === "person-centric").length; // 3
 * ```
 */
export const cjOpi2016: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "cj-opi-2016",
  title: "Community Justice Outcomes, Performance and Improvement Framework",
  source: "Scottish Government, 2016",
  groups: [
    { code: "structural", label: "Structural outcomes" },
    { code: "person-centric", label: "Person-centric outcomes" },
  ],
  outcomes: [
    outcome(
      "1",
      "structural",
      "Communities improve their understanding and participation in community justice",
    ),
    outcome(
      "2",
      "structural",
      "Partners plan and deliver services in a more strategic and collaborative way",
    ),
    outcome(
      "3",
      "structural",
      "People have better access to the services they require, including welfare, health and wellbeing, housing and employability",
    ),
    outcome(
      "4",
      "structural",
      "Effective interventions are delivered to prevent and reduce the risk of further offending",
    ),
    outcome(
      "5",
      "person-centric",
      "Life chances are improved through needs, including health, financial inclusion, housing and safety, being addressed",
    ),
    outcome(
      "6",
      "person-centric",
      "People develop positive relationships and more opportunities to participate and contribute through education, employment and leisure activities",
    ),
    outcome(
      "7",
      "person-centric",
      "Individuals' resilience and capacity for change and self-management are enhanced",
    ),
  ],
}))();
