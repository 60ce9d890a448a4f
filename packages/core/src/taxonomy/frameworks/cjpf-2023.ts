import type { OutcomeFramework } from "../outcome-framework";

const EAST_LOTHIAN =
  'Checked against East Lothian Community Justice Performance Report 2023-24 (which writes "desistence" in outcome 4) and another council\'s report, not the publication: its stored copy cuts off after outcome 3';
const UNCHECKED =
  "Not checked: the stored copy of the publication's table cuts off after outcome 3; recalled wording, check against the publication";

const outcome = (code: string, wording: string, unverified?: string) => ({
  framework: "cjpf-2023",
  code,
  group: "national",
  wording,
  ...(unverified === undefined ? {} : { unverified }),
});

/**
 * The Community Justice Performance Framework (Scottish Government, 31 March 2023, under s18(4)(a)
 * of the Community Justice (Scotland) Act 2016), which replaced the 2016 OPI framework: nine
 * nationally determined outcomes, each "More people …", each aligned to a priority action of the
 * 2022 National Strategy (`cjpf2023ToNscj2022`), and ten national indicators, one per outcome and
 * one "to demonstrate performance against the suite of outcomes at a higher level". Outcomes and
 * indicators 1-3 are checked against the publication; the rest say in `unverified` what they were
 * checked against.
 *
 * @example
 * ```ts
 * cjpf2023.outcomes[0]?.wording; // "More people successfully complete diversion from prosecution"
 * cjpf2023.indicators?.[0]?.measures; // ["assessments undertaken", "cases commenced", "cases successfully completed"]
 * ```
 */
export const cjpf2023: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "cjpf-2023",
  title: "Community Justice Performance Framework",
  source:
    'Scottish Government, 31 March 2023: "Nationally Determined Outcomes and Associated National Indicators"',
  url: "https://www.gov.scot/publications/community-justice-performance-framework/pages/8/",
  note: "Open Government Licence v3.0. Outcomes and indicators 1-3 checked against the publication; see each one's `unverified`.",
  groups: [{ code: "national", label: "Nationally determined outcomes" }],
  outcomes: [
    outcome("1", "More people successfully complete diversion from prosecution"),
    outcome("2", "More people in police custody receive support to address their needs"),
    outcome("3", "More people are assessed for and successfully complete bail supervision"),
    outcome(
      "4",
      "More people access services to support desistance and successfully complete community sentences",
      EAST_LOTHIAN,
    ),
    outcome(
      "5",
      "More people have access to, and continuity of, health and social care following release from a prison sentence",
      EAST_LOTHIAN,
    ),
    outcome(
      "6",
      "More people have access to suitable accommodation following release from a prison sentence",
      EAST_LOTHIAN,
    ),
    outcome(
      "7",
      "More people with convictions access support to enhance their readiness for employment",
      EAST_LOTHIAN,
    ),
    outcome(
      "8",
      "More people access voluntary throughcare following a short term prison sentence",
      EAST_LOTHIAN,
    ),
    outcome(
      "9",
      "More people across the workforce and in the community understand, and have confidence in, community justice",
      EAST_LOTHIAN,
    ),
  ],
  indicators: [
    {
      id: "1",
      outcomes: ["1"],
      type: "national",
      wording: "Number of diversion from prosecution:",
      measures: ["assessments undertaken", "cases commenced", "cases successfully completed"],
    },
    {
      id: "2",
      outcomes: ["2"],
      type: "national",
      wording: "Number of:",
      measures: ["referrals from custody centres"],
    },
    {
      id: "3",
      outcomes: ["3"],
      type: "national",
      wording: "Number of:",
      measures: [
        "assessment reports for bail suitability",
        "bail supervision cases commenced",
        "bail supervision cases completed",
      ],
    },
    {
      id: "4",
      outcomes: ["4"],
      type: "national",
      wording:
        "Percentage of community payback orders, drug treatment and testing orders and structured deferred sentences successfully completed",
      unverified: UNCHECKED,
    },
    {
      id: "5",
      outcomes: ["5"],
      type: "national",
      wording: "Percentage of people released from a custodial sentence who are registered with a GP",
      unverified: UNCHECKED,
    },
    {
      id: "6",
      outcomes: ["6"],
      type: "national",
      wording: "Percentage of people released from a custodial sentence who have suitable accommodation",
      unverified: UNCHECKED,
    },
    {
      id: "7",
      outcomes: ["7"],
      type: "national",
      wording: "Number of people with convictions accessing employability support",
      unverified: UNCHECKED,
    },
    {
      id: "8",
      outcomes: ["8"],
      type: "national",
      wording: "Number of voluntary throughcare case starts",
      unverified: UNCHECKED,
    },
    {
      id: "9",
      outcomes: ["9"],
      type: "national",
      wording:
        "Percentage of people who agree that people who have been convicted should be helped to reintegrate into the community",
      unverified: UNCHECKED,
    },
    {
      id: "10",
      outcomes: [],
      type: "national",
      wording: "Reconviction rate and average number of reconvictions per person reconvicted",
      unverified: UNCHECKED,
    },
  ],
}))();
