import type { Checked } from "../issue/issue";
import { financialYear } from "./financial-year";
import type { PlanPeriod } from "./plan-period";

/**
 * Reads a plan period as written on a plan: `2008-11` or `2008/11` (three years, 2008-09 to
 * 2010-11), `2010-11` (one year), `2011-2014`.
 *
 * @param text - The period as written.
 * @returns The period, or an issue `period/unreadable`.
 * @example
 * ```ts
 * parsePlanPeriod("2008-11"); // { ok: true, value: { from: "2008-09", to: "2010-11" }, issues: [] }
 * ```
 */
export function parsePlanPeriod(text: string): Checked<PlanPeriod> {
  const match = /^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$/.exec(text);
  const start = Number(match?.[1]);
  const endText = match?.[2] ?? "";
  const end = endText.length === 4 ? Number(endText) : Math.floor(start / 100) * 100 + Number(endText);
  if (match === null || end <= start) {
    return {
      ok: false,
      issues: [
        {
          code: "period/unreadable",
          severity: "error",
          message: `"${text}" is not a plan period; write the first and last years, e.g. 2008-11.`,
          path: [],
        },
      ],
    };
  }
  return { ok: true, value: { from: financialYear(start), to: financialYear(end - 1) }, issues: [] };
}
