import { invalidArgument } from "../_internal/guard";
import type { Checked, Issue } from "../issue/issue";
import { financialYear } from "./financial-year";
import type { PlanPeriod } from "./plan-period";

const PERIOD = /^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$/;

function unreadable(text: string): Issue {
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return {
    code: "period/unreadable",
    severity: "error",
    message: `"${shown}" is not a plan period; write the first and last years, e.g. 2008-11 (three financial years) or 2010-11 (one).`,
    path: [],
  };
}

/**
 * Reads a plan period as written on a plan: `2008-11` or `2008/11` (three years, 2008-09 to
 * 2010-11), `2010-11` (one year), `2011-2014`, `1999-00` (across 2000: the end's century is the
 * first after the start). Up to ten years; anything else is refused.
 *
 * @param text - The period as written.
 * @returns The period, or an issue `period/unreadable` (`usage/invalid-argument` for text that is not a string).
 * @example
 * ```ts
 * parsePlanPeriod("2008-11"); // { ok: true, value: { from: "2008-09", to: "2010-11" }, issues: [] }
 * parsePlanPeriod("1999-00"); // { ok: true, value: { from: "1999-00", to: "1999-00" }, issues: [] }
 * ```
 */
export function parsePlanPeriod(text: string): Checked<PlanPeriod> {
  if (typeof text !== "string")
    return { ok: false, issues: [invalidArgument("parsePlanPeriod", "the period as a string", text)] };
  const match = text.length <= 40 ? PERIOD.exec(text) : null;
  if (match === null) return { ok: false, issues: [unreadable(text)] };
  const start = Number(match[1]);
  const endText = match[2] as string;
  let end = endText.length === 4 ? Number(endText) : start - (start % 100) + Number(endText);
  if (endText.length === 2 && end <= start) end += 100;
  if (end <= start || end - start > 10) return { ok: false, issues: [unreadable(text)] };
  return { ok: true, value: { from: financialYear(start), to: financialYear(end - 1) }, issues: [] };
}
