import type { OutcomeFramework } from "../outcome-framework";

const GUIDANCE =
  "The priority's name checked against the Scottish Government's Guidance for Local Partners in the New Model for Community Justice (4.4); its section number not checked";

const priority = (section: string, wording: string, unverified?: string) => ({
  framework: "nscj-2016",
  code: section,
  group: "priorities",
  wording,
  ...(unverified === undefined ? {} : { unverified }),
});

/**
 * The National Strategy for Community Justice (Scottish Government, 24 November 2016), whose four
 * priorities for action are its sections 4 to 7; coded by section number, because plans of
 * 2017-2023 cite them so (West Dunbartonshire 2017-18: "National Community Justice Strategy
 * Section 4"). Replaced in June 2022 by `nscj-2022`.
 *
 * @example
 * ```ts
 * nscj2016.outcomes.find((o) => o.code === "4")?.wording; // "Improved Community Understanding and Participation"
 * ```
 */
export const nscj2016: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "nscj-2016",
  title: "National Strategy for Community Justice (2016)",
  source: "Scottish Government, 24 November 2016",
  url: "https://www.gov.scot/publications/national-strategy-community-justice/",
  note: "Open Government Licence v3.0. Section 4's heading checked against the publication; see each one's `unverified`.",
  groups: [{ code: "priorities", label: "Priorities for action" }],
  outcomes: [
    priority("4", "Improved Community Understanding and Participation"),
    priority("5", "Strategic Planning and Partnership Working", GUIDANCE),
    priority(
      "6",
      "Effective Use of Evidence-Based Interventions",
      GUIDANCE.replace("checked against", "recalled; the guidance's list is cut off in the stored copy of"),
    ),
    priority(
      "7",
      "Equal Access to Services",
      GUIDANCE.replace("checked against", "recalled; the guidance's list is cut off in the stored copy of"),
    ),
  ],
}))();
