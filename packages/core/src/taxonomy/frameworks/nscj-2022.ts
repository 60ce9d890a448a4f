import type { OutcomeFramework } from "../outcome-framework";

const UNCHECKED =
  "Not checked: the stored copies of the strategy's table cut off before this priority action; recalled wording, check against the publication";

const aim = (n: number, wording: string) => ({
  framework: "nscj-2022",
  code: `A${n}`,
  group: "aims",
  wording,
});
const action = (n: number, aimNumber: number, wording: string, unverified?: string) => ({
  framework: "nscj-2022",
  code: `PA${n}`,
  group: "priority-actions",
  parent: `A${aimNumber}`,
  wording,
  ...(unverified === undefined ? {} : { unverified }),
});

/**
 * The National Strategy for Community Justice (Scottish Government, June 2022), which replaced
 * the 2016 strategy: four national aims (`A1`-`A4`) and thirteen priority actions (`PA1`-`PA13`),
 * each under its aim (`parent`), as the strategy's "Table of National Aims and Priority Actions"
 * words them. A plan that cites "Aim 2" or "Priority Action 11" refers to `A2` or `PA11`. The
 * national delivery plan's deliverables sit under the priority actions.
 *
 * @example
 * ```ts
 * nscj2022.outcomes.filter((o) => o.parent === "A4").map((o) => o.code); // ["PA11", "PA12", "PA13"]
 * ```
 */
export const nscj2022: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "nscj-2022",
  title: "National Strategy for Community Justice",
  source: "Scottish Government, June 2022: Table of National Aims and Priority Actions",
  url: "https://www.gov.scot/publications/national-strategy-community-justice-2/pages/3/",
  note: "Open Government Licence v3.0. Aims 1-4 and priority actions 1-6 and 11 checked against the publication (priority action 11 and aim 4 on its page 7); see each one's `unverified`.",
  groups: [
    { code: "aims", label: "National aims" },
    { code: "priority-actions", label: "Priority actions" },
  ],
  outcomes: [
    aim(1, "Optimise the use of diversion and intervention at the earliest opportunity"),
    aim(
      2,
      "Ensure that robust and high quality community interventions and public protection arrangements are consistently available across Scotland",
    ),
    aim(
      3,
      "Ensure that services are accessible and available to address the needs of individuals accused or convicted of an offence",
    ),
    aim(
      4,
      "Strengthen the leadership, engagement, and partnership working of local and national community justice partners",
    ),
    action(
      1,
      1,
      "Enhance intervention at the earliest opportunity by ensuring greater consistency, confidence in and awareness of services which support the use of direct measures and diversion from prosecution",
    ),
    action(
      2,
      1,
      "Improve the identification of underlying needs and the delivery of support following arrest by ensuring the provision of person-centred care within police custody and building upon referral opportunities to services including substance use and mental health services",
    ),
    action(
      3,
      2,
      "Support the use of robust alternatives to remand by ensuring high quality bail services are consistently available and delivered effectively",
    ),
    action(
      4,
      2,
      "Strengthen options for safe and supported management in the community by increasing and widening the use of electronic monitoring technologies",
    ),
    action(
      5,
      2,
      "Ensure that those given community sentences are supervised and supported appropriately to protect the public, promote desistence from offending and enable rehabilitation by delivering high quality, consistently available, trauma-informed services and programmes",
    ),
    action(
      6,
      2,
      "Ensure restorative justice is available across Scotland to all those who wish to access it by promoting and supporting the appropriate and safe provision of available services",
    ),
    action(
      7,
      3,
      "Enhance individuals' access to health and social care and continuity of care following release from prison",
      'Checked as far as "Enhance individuals\' access to health and social care and continuity of"; the rest recalled',
    ),
    action(
      8,
      3,
      "Enhance individuals' access to suitable accommodation following release from prison",
      UNCHECKED,
    ),
    action(9, 3, "Enhance individuals' access to employability support", UNCHECKED),
    action(10, 3, "Enhance individuals' access to voluntary throughcare", UNCHECKED),
    action(
      11,
      4,
      "Deliver improved community justice outcomes by ensuring that effective leadership and governance arrangements are in place and working well, collaborating with partners and planning strategically",
    ),
    action(
      12,
      4,
      "Enhance partnership planning and implementation, engaging with people with lived experience",
      UNCHECKED,
    ),
    action(
      13,
      4,
      "Enhance community and workforce understanding of, and confidence in, community justice",
      UNCHECKED,
    ),
  ],
}))();
