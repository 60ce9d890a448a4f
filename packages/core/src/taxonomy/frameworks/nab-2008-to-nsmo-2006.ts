import type { OutcomeMapping } from "../outcome-mapping";

/**
 * How the 14 outcomes of the 2008 performance framework map onto the National Strategy's 23,
 * matched by wording. A3 joins two (C3 and C4); C6, O4, O6, O7, O8, S5, S6 and S7 were not
 * carried into the 14.
 *
 * @example
 * ```ts
 * nab2008ToNsmo2006.links.find((link) => link.from === "A3")?.to; // ["C3", "C4"]
 * ```
 */
export const nab2008ToNsmo2006: OutcomeMapping = {
  id: "nab-2008-to-nsmo-2006",
  from: "nab-2008",
  to: "nsmo-2006",
  source:
    "Matched by wording: Lothian & Borders CJA Action Plan 2010-11 against the National Strategy (2006)",
  basis: "by-wording",
  links: [
    { from: "A1", to: ["C1"] },
    { from: "A2", to: ["C2"] },
    { from: "A3", to: ["C3", "C4"] },
    { from: "A4", to: ["C5"] },
    { from: "A5", to: ["C7"] },
    { from: "B1", to: ["O2"] },
    { from: "B2", to: ["O5"] },
    { from: "B3", to: ["O3"] },
    { from: "B4", to: ["O1"] },
    { from: "B5", to: ["O9"] },
    { from: "C1", to: ["S1"] },
    { from: "C2", to: ["S2"] },
    { from: "C3", to: ["S3"] },
    { from: "C4", to: ["S4"] },
  ],
};
