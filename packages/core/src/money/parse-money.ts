import type { Issue, Parsed } from "../issue/issue";
import { formatPence } from "./format-pence";
import type { FundingBasis, Money, MoneyAmount } from "./money";

const AMOUNT = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(k|m|million)?\b/gi;

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

function basesIn(line: string): FundingBasis[] {
  const named = BASES.filter(([, pattern]) => pattern.test(line)).map(([basis]) => basis);
  return named.length === 0 && PARTNER_RESOURCES.test(line) ? ["partner-resources"] : named;
}

function pence(whole: string, fraction: string | undefined, scale: string | undefined): number {
  const pounds = Number(whole.replace(/,/g, ""));
  const multiplier = scale === undefined ? 1 : scale.toLowerCase() === "k" ? 1_000 : 1_000_000;
  return Math.round((pounds + Number(`0.${fraction ?? "0"}`)) * multiplier * 100);
}

const clean = (text: string) => {
  const cleaned = text.replace(/^[\s:;,–-]+|[\s:;,–-]+$/g, "").replace(/\s{2,}/g, " ");
  return cleaned.length > 0 ? cleaned : undefined;
};

function lineAmounts(line: string): Array<MoneyAmount & { index: number }> {
  const matches = [...line.matchAll(AMOUNT)];
  return matches.map((match, k) => {
    const previousEnd = k === 0 ? 0 : (matches[k - 1]?.index ?? 0) + (matches[k - 1]?.[0].length ?? 0);
    const end = match.index + match[0].length;
    const label = clean(line.slice(previousEnd, match.index));
    const note = k === matches.length - 1 ? clean(line.slice(end)) : undefined;
    return {
      index: match.index,
      text: match[0].trim(),
      pence: pence(match[1] ?? "0", match[2], match[3]),
      ...(label === undefined ? {} : { label }),
      ...(note === undefined ? {} : { note }),
    };
  });
}

function sumIssue(total: MoneyAmount, parts: MoneyAmount[]): Issue[] {
  const sum = parts.reduce((acc, part) => acc + part.pence, 0);
  if (parts.length === 0 || sum === total.pence) return [];
  const message = `The parts (${parts.map((part) => part.text).join(" + ")}) add up to ${formatPence(sum)}, not the stated total of ${formatPence(total.pence)}; correct a part or the total.`;
  return [{ code: "money/parts-do-not-sum", severity: "error", message, path: [] }];
}

/**
 * Reads resources as written in plans: amounts in pence (`£15,000`, `£25k from EVOC`,
 * `CJA - £2,000`), a stated total with its parts, checked to add up (`Total 2 year project funding
 * £102,000: The Robertson Trust: £30,000 SPS £30,000 …`), and wording without an amount as a
 * funding basis (`Existing resources`, `Within Section 27`, `Yet to be determined`). A line with
 * neither is kept with a `money/unparsed` warning.
 *
 * @param raw - The resources as written; paragraphs separated by `\n`.
 * @returns The money and the issues met.
 * @example
 * ```ts
 * parseMoney("£50k year 2 allocated from existing resources").value;
 * // { raw: "…", amounts: [{ text: "£50k", pence: 5_000_000, note: "year 2 allocated from existing resources" }], bases: ["existing-resources"] }
 * ```
 */
export function parseMoney(raw: string): Parsed<Money> {
  const amounts: MoneyAmount[] = [];
  const bases = new Set<FundingBasis>();
  const issues: Issue[] = [];
  let total: MoneyAmount | undefined;
  for (const line of raw.split(/\r?\n|\r/).filter((text) => text.trim().length > 0)) {
    const all = lineAmounts(line);
    const found = all.filter((amount) => Number.isSafeInteger(amount.pence));
    for (const amount of all.filter((a) => !Number.isSafeInteger(a.pence))) {
      issues.push({
        code: "money/too-large",
        severity: "warning",
        message: `${amount.text} is too large to hold exactly; it is kept in the wording but not read as an amount.`,
        path: [],
      });
    }
    const first = found[0];
    const isTotal =
      first !== undefined && total === undefined && /\btotal\b/i.test(line.slice(0, first.index));
    const parts = isTotal ? found.slice(1) : found;
    if (isTotal) total = withoutIndex(first);
    amounts.push(...parts.map(withoutIndex));
    const named = basesIn(line.trim());
    for (const basis of named) bases.add(basis);
    if (all.length === 0 && named.length === 0) {
      const message = `No amount or funding basis could be read in "${line.trim()}"; it is kept as written. Write amounts as £15,000 or £25k.`;
      issues.push({ code: "money/unparsed", severity: "warning", message, path: [] });
    }
  }
  issues.push(...(total === undefined ? [] : sumIssue(total, amounts)));
  return { value: { raw, ...(total === undefined ? {} : { total }), amounts, bases: [...bases] }, issues };
}

function withoutIndex({ index: _index, ...amount }: MoneyAmount & { index: number }): MoneyAmount {
  return amount;
}
