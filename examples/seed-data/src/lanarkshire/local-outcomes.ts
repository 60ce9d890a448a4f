import type { OutcomeFramework, OutcomeMapping } from "@cja-kit/core";

const outcome = (code: string, wording: string) => ({
  framework: "lanarkshire-local",
  code,
  group: "L",
  wording,
});

/**
 * Lanarkshire CJA's local outcomes, as its plans word them (seed 003's "Outcome" boxes and seed
 * 001's "Local outcome" column, verbatim): a local framework of the kind partnerships register
 * beside the national ones. The codes L1-L16 are ours; the documents give none.
 */
export const lanarkshireLocalOutcomes: OutcomeFramework = {
  id: "lanarkshire-local",
  title: "Lanarkshire CJA local outcomes",
  source:
    "Lanarkshire CJA Draft Implementation Plan 2008-09 (Outcome boxes) and Quarter 2 progress 2010 (Local outcome column); codes assigned by cja-kit",
  groups: [{ code: "L", label: "Local outcomes" }],
  outcomes: [
    outcome("L1", "Minimise the harm caused to individuals & communities"),
    outcome("L2", "Deal with these offenders promptly and effectively"),
    outcome("L3", "To sustain or improve physical & mental well-being"),
    outcome("L4", "to reduce or stabilise substance misuse"),
    outcome("L5", "To improve ability to access and sustain suitable accommodation"),
    outcome("L6", "To improve ability to live independently, if they choose"),
    outcome(
      "L7",
      "To improve the attitude or behaviour which leads to offending and greater acceptance of responsibility in managing their own behaviour and understanding the impact of their offending behaviour on victims and their own families",
    ),
    outcome("L8", "To ensure the appropriate care of victims, including appropriate and timely information"),
    outcome(
      "L9",
      "To increase community safety through cooperation between offender management agencies and wider partners",
    ),
    outcome(
      "L10",
      "A workforce with the appropriate skills mix and understanding of each others roles who are able to work effectively together to reduce re-offending",
    ),
    outcome("L11", "To assess the effectiveness of services in reducing re-offending"),
    outcome("L12", "Tackle those personal issues which contribute to reoffending"),
    outcome(
      "L13",
      "Our communities feel safer and more confident because they see offenders being effectively managed.",
    ),
    outcome(
      "L14",
      "To support the provision of appropriate interventions for offenders and to effectively manage cases.",
    ),
    outcome(
      "L15",
      "To ensure that LCJA compliments the wider community safety agenda through the Community Planning Partnerships.",
    ),
    outcome(
      "L16",
      "To ensure we maximise and evidence the use of scarce resources in a manner that best contributes to reducing re-offending.",
    ),
  ],
};

/**
 * How Lanarkshire's local outcomes map onto the National Strategy's 23, matched by wording by
 * cja-kit (not by Lanarkshire CJA): a judgement to review, kept as data so it can be changed.
 */
export const lanarkshireLocalToNsmo2006: OutcomeMapping = {
  id: "lanarkshire-local-to-nsmo-2006",
  from: "lanarkshire-local",
  to: "nsmo-2006",
  source: "Matched by wording by cja-kit; review before relying on it",
  links: [
    { from: "L1", to: ["C1"] },
    { from: "L2", to: ["S4"] },
    { from: "L3", to: ["O1"] },
    { from: "L4", to: ["O3"] },
    { from: "L5", to: ["O2"] },
    { from: "L6", to: ["O8"] },
    { from: "L7", to: ["O9"] },
    { from: "L8", to: ["C6"] },
    { from: "L9", to: ["S1"] },
    { from: "L10", to: ["S5"] },
    { from: "L11", to: ["S7"] },
    { from: "L12", to: ["O1", "O3", "O9"] },
    { from: "L13", to: ["C1", "C2"] },
    { from: "L14", to: ["S4"] },
    { from: "L15", to: ["S2"] },
    { from: "L16", to: ["S7"] },
  ],
};
