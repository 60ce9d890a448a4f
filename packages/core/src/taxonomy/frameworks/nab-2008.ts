import type { OutcomeFramework } from "../outcome-framework";

const outcome = (code: string, wording: string) =>
  ({ framework: "nab-2008", code, group: code.charAt(0), wording }) as const;

/**
 * The 14 outcomes of the national CJA performance framework (National Advisory Body on Offender
 * Management, operational April 2008): 14 of the National Strategy's 23, renumbered as
 * communities A1-A5, offenders B1-B5, system C1-C4. Wording verbatim from the Lothian & Borders
 * CJA Action Plan 2010-11 (seed 002), typos included.
 *
 * @example
 * ```ts
 * nab2008.outcomes.length; // 14
 * ```
 */
export const nab2008: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "nab-2008",
  title: "National CJA performance framework: the 14 national outcomes",
  source:
    "National Advisory Body on Offender Management, April 2008; wording from Lothian & Borders CJA Action Plan 2010-11",
  groups: [
    { code: "A", label: "Outcomes for communities" },
    { code: "B", label: "Outcomes for offenders" },
    { code: "C", label: "Outcomes in the system" },
  ],
  outcomes: [
    outcome(
      "A1",
      "Increased community safety and public protection through a consistent approach to managing offenders' on community and custodial sentences",
    ),
    outcome("A2", "Increased public confidence in the effectiveness of work with offenders"),
    outcome("A3", "Improved understanding of community disposals & the role of prisons"),
    outcome("A4", "Improved satisfaction for victims, sentencers and beneficiaries of work by offenders"),
    outcome("A5", "Timely information and, where appropriate, involvement for the families of offenders"),
    outcome("B1", "The ability to access and sustain suitable accommodation"),
    outcome("B2", "Employability prospects increased"),
    outcome("B3", "Reduced or stabilised substance misuse"),
    outcome("B4", "Sustained or improved physical and mental well-being"),
    outcome(
      "B5",
      "Improvements in the attitudes or behaviour which lead to offending and greater acceptance of responsibility in managing their own behaviour and understanding of the impact of their offending on victims and on their own families",
    ),
    outcome(
      "C1",
      "Effective CJAs in place, promoting a consistent approach to offender management and systematic co-operation between offender management agencies and supported by a system of integrated case management, with input from custodial and community services",
    ),
    outcome(
      "C2",
      "Wider partnership of rehabilitative services in place, including addictions, housing, health, education, training and employment",
    ),
    outcome(
      "C3",
      "Standard approach to the methodology and use of tools which are widely accepted for risk assessment and management embedded into practice and any risk of serious offending identified and a management plan effectively communicated to all relevant agencies",
    ),
    outcome(
      "C4",
      "A range of high quality, evidence-based interventions based on the principles of effective practice, matched to the level of assessed risk and need, supported by better tracking of the impact of interventions on individuals, from which we build up a clearer understanding of what works",
    ),
  ],
}))();
