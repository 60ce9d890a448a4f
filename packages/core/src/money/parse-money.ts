import { type ScannedAmount, scanAmounts } from "../_internal/amount-scanner";
import { clip } from "../_internal/clip";
import { fundingBases } from "../_internal/funding-bases";
import { invalidArgument } from "../_internal/guard";
import { trimChars } from "../_internal/trim-chars";
import type { Issue, Parsed } from "../issue/issue";
import { formatPence } from "./format-pence";
import type { FundingBasis, Money, MoneyAmount } from "./money";

type Found = MoneyAmount & { index: number; end: number };

const issue = (code: string, severity: Issue["severity"], message: string): Issue => ({
  code,
  severity,
  message,
  path: [],
});

const clean = (text: string) => {
  const cleaned = trimChars(text, ":;,–-").replace(/\s{2,}/g, " ");
  return cleaned.length > 0 ? cleaned : undefined;
};

const QUALIFIERS =
  /\b(?:up\s+to(?:\s+a)?(?:\s+maximum\s+of)?|approx(?:imately)?|circa|c\.|around|about|estimated|est\.|max(?:imum)?|min(?:imum)?|at\s+least|over|under|less\s+than|more\s+than|in\s+excess\s+of|almost|nearly|some|approaching)\s*$/i;
const RANGE_GAP = /^\s*(?:-|–|—|to)\s*$/i;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SCALED = /^(?:k|m|bn)(?![\p{L}])/iu;

/** A run of digits, commas and points that looks like money but carries no £: `15,000`, `25k`. */
function looksLikeMoney(line: string, run: string, index: number): boolean {
  if (/[£$€]\s?$/.test(line.slice(Math.max(0, index - 2), index))) return false;
  const shaped =
    GROUPED.test(run) ||
    (/^\d/.test(run) && SCALED.test(line.slice(index + run.length, index + run.length + 3)));
  return shaped && !/[\p{L}\d]/u.test(line[index - 1] ?? " ");
}

function amountIssues(found: readonly ScannedAmount[], line: string): Issue[] {
  const issues: Issue[] = [];
  for (const [k, amount] of found.entries()) {
    if (amount.kind === "unread") {
      const severity = amount.code === "money/too-large" ? "warning" : "warning";
      issues.push(
        issue(
          amount.code,
          severity,
          `${clip(amount.text)} ${amount.reason}: it is kept in the wording but not read as an amount.`,
        ),
      );
      continue;
    }
    if (amount.negative)
      issues.push(
        issue(
          "money/negative",
          "info",
          `${amount.text} was read as a negative amount, ${formatPence(amount.pence)} (a reduction or saving).`,
        ),
      );
    const before = line.slice(Math.max(0, amount.index - 40), amount.index);
    const attached = /(?:^|[^\p{L}])[c~]$/iu.test(before) ? [before.slice(-1)] : null;
    const qualifier = QUALIFIERS.exec(before) ?? attached ?? (line[amount.end] === "+" ? ["+"] : null);
    if (qualifier !== null)
      issues.push(
        issue(
          "money/qualified-amount",
          "warning",
          `${amount.text} was read as exactly ${formatPence(amount.pence)}, but "${(qualifier[0] ?? "").trim()}" says it is a limit or an estimate; the words are kept beside it.`,
        ),
      );
    const previous = found[k - 1];
    if (previous !== undefined && RANGE_GAP.test(line.slice(previous.end, amount.index)))
      issues.push(
        issue(
          "money/range",
          "warning",
          `${previous.text} and ${amount.text} look like a range, not two sums; both are read as amounts, so a total over them counts both.`,
        ),
      );
  }
  return issues;
}

function bareNumbers(line: string): Issue[] {
  const issues: Issue[] = [];
  for (const match of line.matchAll(/[\d.,]+/g)) {
    if (issues.length >= 20) break;
    const run = trimChars(match[0], ".,");
    if (!looksLikeMoney(line, run, match.index)) continue;
    const message = `"${clip(run)}" looks like an amount but has no £ sign; it is not read as one. Write £${clip(run)} if it is money.`;
    issues.push(issue("money/no-currency", "warning", message));
  }
  return issues;
}

function labelled(found: readonly ScannedAmount[], line: string): Found[] {
  const amounts: Found[] = [];
  let previousEnd = 0;
  for (const [k, amount] of found.entries()) {
    const start = previousEnd;
    previousEnd = amount.end;
    if (amount.kind !== "amount") continue;
    const label = clean(line.slice(start, amount.index));
    const note = k === found.length - 1 ? clean(line.slice(amount.end)) : undefined;
    amounts.push({
      index: amount.index,
      end: amount.end,
      text: amount.text,
      pence: amount.pence,
      ...(label === undefined ? {} : { label }),
      ...(note === undefined ? {} : { note }),
    });
  }
  return amounts;
}

function sumIssue(total: MoneyAmount, parts: readonly MoneyAmount[]): Issue[] {
  let sum = 0;
  for (const part of parts) sum += part.pence;
  if (parts.length === 0 || sum === total.pence) return [];
  const shown = parts.length <= 12 ? parts.map((part) => part.text).join(" + ") : `${parts.length} amounts`;
  const message = `The parts (${shown}) add up to ${formatPence(sum)}, not the stated total of ${formatPence(total.pence)}; correct a part or the total.`;
  return [issue("money/parts-do-not-sum", "error", message)];
}

type State = { amounts: MoneyAmount[]; bases: Set<FundingBasis>; issues: Issue[]; total?: MoneyAmount };

function readLine(state: State, line: string): void {
  const found = scanAmounts(line);
  const amounts = labelled(found, line);
  for (const problem of amountIssues(found, line)) state.issues.push(problem);
  for (const problem of bareNumbers(line)) state.issues.push(problem);
  const first = amounts[0];
  const isTotal =
    first !== undefined && state.total === undefined && /\btotal\b/i.test(line.slice(0, first.index));
  if (isTotal) state.total = withoutPlace(first);
  for (const amount of isTotal ? amounts.slice(1) : amounts) state.amounts.push(withoutPlace(amount));
  const named = fundingBases(line.trim());
  for (const basis of named) state.bases.add(basis);
  if (found.length === 0 && named.length === 0) {
    const message = `No amount or funding basis could be read in "${clip(line.trim())}"; it is kept as written. Write amounts as £15,000 or £25k.`;
    state.issues.push(issue("money/unparsed", "warning", message));
  }
}

/**
 * Reads resources as written in plans: amounts in pence (`£15,000`, `£15 000`, `£25k from EVOC`,
 * `£1.5m`, `£2 million`, `£1.5bn`, `CJA - £2,000`), a stated total with its parts, checked to add
 * up (`Total 2 year project funding £102,000: The Robertson Trust: £30,000 SPS £30,000 …`), and
 * wording without an amount as a funding basis (`Existing resources`, `Within Section 27`, `Yet to
 * be determined`). Each line is read on its own, in time linear in its length.
 *
 * Amounts are never guessed. Kept in the wording and not read, with a warning: grouping that is
 * not thousands (`£1,2,3`, `£1,00,000`), continental separators (`£1.500,00`), three decimals
 * (`£12.345`), a fraction of a penny, an amount in brackets (`(£500)`: negative, or an aside?)
 * (`money/ambiguous-amount`), and an amount too large to hold exactly (`money/too-large`). Read with
 * a note: a negative amount (`-£500`, `money/negative`, info), a limit or estimate (`up to £5,000`,
 * `£5,000+`, `money/qualified-amount`), two amounts written as a range (`money/range`). A number
 * that looks like money but has no £ (`15,000`, `25k`) gives `money/no-currency`; a line with
 * neither an amount nor a basis gives `money/unparsed`. Text that is not a string gives empty money
 * and `usage/invalid-argument`.
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
  if (typeof raw !== "string")
    return {
      value: { raw: "", amounts: [], bases: [] },
      issues: [invalidArgument("parseMoney", "the resources as a string", raw)],
    };
  const state: State = { amounts: [], bases: new Set(), issues: [] };
  for (const line of raw.split(/\r\n|\n|\r/)) if (line.trim().length > 0) readLine(state, line);
  const { total } = state;
  const issues = total === undefined ? state.issues : [...state.issues, ...sumIssue(total, state.amounts)];
  return {
    value: {
      raw,
      ...(total === undefined ? {} : { total }),
      amounts: state.amounts,
      bases: [...state.bases],
    },
    issues,
  };
}

function withoutPlace({ index: _index, end: _end, ...amount }: Found): MoneyAmount {
  return amount;
}
