import type { OutcomeFramework } from "../outcome-framework";

const outcome = (code: string, wording: string) =>
  ({ framework: "nsmo-2006", code, group: code.charAt(0), wording }) as const;

/**
 * The 23 outcomes of the National Strategy for the Management of Offenders (*Reducing
 * Reoffending*, Scottish Executive, May 2006): communities C1-C7, offenders O1-O9, system S1-S7.
 * Wording verbatim from the Lanarkshire CJA implementation plan 2008-09 (seed 003), typos included.
 *
 * @example
 * ```ts
 * nsmo2006.outcomes.find((o) => o.code === "C6")?.wording;
 * // "Appropriate care of victims, including appropriate and timely information"
 * ```
 */
export const nsmo2006: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "nsmo-2006",
  title: "National Strategy for the Management of Offenders",
  source:
    "Reducing Reoffending, Scottish Executive, May 2006; wording from Lanarkshire CJA Draft Implementation Plan 2008-09",
  groups: [
    { code: "C", label: "Outcomes for communities" },
    { code: "O", label: "Outcomes for offenders" },
    { code: "S", label: "Outcomes in the system" },
  ],
  outcomes: [
    outcome(
      "C1",
      "Increased community safety and public protection through a consistent approach to managing offenders on community and custodial sentences",
    ),
    outcome("C2", "Increased public confidence in the effectiveness of work with offenders"),
    outcome("C3", "Improved understanding of community disposals"),
    outcome("C4", "Improved understanding of the role of prisons"),
    outcome("C5", "Improved satisfaction for victims, sentencers and beneficiaries of work by offenders"),
    outcome("C6", "Appropriate care of victims, including appropriate and timely information"),
    outcome("C7", "Timely information and, where appropriate, involvement for the families of offenders"),
    outcome("O1", "Sustained or improved physical and mental wellbeing"),
    outcome("O2", "The ability to access and sustain suitable accommodation"),
    outcome("O3", "Reduced or stabilises substance misuse"),
    outcome("O4", "Improved literacy skills"),
    outcome("O5", "Employability prospects increased"),
    outcome("O6", "Maintained or improved relationships with families, peers and community"),
    outcome(
      "O7",
      "The ability to access and sustain community support, including financial advice and education",
    ),
    outcome("O8", "The ability to live independently if they chose"),
    outcome(
      "O9",
      "Improvements in the attitudes or behaviour which lead to offending and greater acceptance of responsibility in managing their own behaviour and understanding of the impact of their offending on victims and on their own families.",
    ),
    outcome(
      "S1",
      "Effective CJAs in place, promoting a consistent approach to offender management and systematic co-operation between offender management agencies and supported by a system of integrated case management, with input from custodial and community services",
    ),
    outcome(
      "S2",
      "Wider partnership of rehabilitative services in place, including addictions, housing, health, education, training and employment",
    ),
    outcome(
      "S3",
      "Standard approach to the methodology and use of tools which are widely accepted for risk assessment and management embedded into practice and any risk of serious offending identified and a management plan effectively communicated to all relevant agencies",
    ),
    outcome(
      "S4",
      "A range of high quality, evidence-based interventions based on the principles of effective practice, matched to the level of assessed risk and need, supported by better tracking of the impact of interventions on individuals, from which we build up a clearer understanding of what works",
    ),
    outcome("S5", "A workforce with the appropriate skills mix, targeted appropriately"),
    outcome("S6", "Processes and systems which facilitate the sharing of information"),
    outcome(
      "S7",
      "A robust framework for quality assurance, performance management and outcome measures for area plans",
    ),
  ],
}))();
