import type { FundingBasis } from "../money/money";

const BASES: Array<[FundingBasis, RegExp]> = [
  ["section-27", /\bsection\s*27\b/i],
  ["existing-resources", /\bexisting\b/i],
  [
    "to-be-determined",
    /\b(?:yet\s+to\s+be\s+(?:determined|identified)|to\s+be\s+(?:determined|scoped)|tbc|tbd)\b/i,
  ],
  ["already-planned", /\balready\s+planned\b/i],
  ["pending", /\b(?:subject\s+to\s+agreement|awaited|to\s+be\s+confirmed)\b/i],
  ["in-kind", /\b(?:in[\s-]kind|recruited\s+by|provided\s+by)\b/i],
];
/** "Network Rail resources": a partner's own resources, when nothing more specific is named. */
const PARTNER_RESOURCES = /^[A-Z][\w&' ]*\sresources\.?$/;

/** The funding bases a line of resources wording names ("Existing resources", "Within Section 27"). */
export function fundingBases(line: string): FundingBasis[] {
  const named = BASES.filter(([, pattern]) => pattern.test(line)).map(([basis]) => basis);
  return named.length === 0 && PARTNER_RESOURCES.test(line) ? ["partner-resources"] : named;
}
