import { isRealDay } from "../_internal/calendar";
import { guarded, invalidArgument, isObject } from "../_internal/guard";
import { monthNumber } from "../_internal/month-names";
import { monthEnd, monthStart } from "../_internal/month-span";
import type { Checked, Issue } from "../issue/issue";
import { FinancialYear } from "./financial-year";
import { ReportingPeriod } from "./reporting-period";

/**
 * The dates a reporting period covers, as ISO calendar dates, for {@link parseReportingPeriod}
 * where the text gives only the period's name ("Update 2").
 *
 * @example
 * ```ts
 * const span: ReportingPeriodSpan = { start: "2024-01-01", end: "2024-03-31" };
 * ```
 */
export type ReportingPeriodSpan = { start: string; end: string };
type Reader = (text: string, span?: ReportingPeriodSpan) => ReportingPeriod | Issue | undefined;

const DASH = "\\s*(?:to|-|–|—)\\s*";
const ISO = "(\\d{4}-\\d{2}-\\d{2})";

const financialYear = (text: string) => {
  const parsed = FinancialYear.safeParse(text.replace("/", "-"));
  return parsed.success ? parsed.data : undefined;
};

function isoSpan(start: string, end: string): ReportingPeriodSpan | undefined {
  const real = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return isRealDay(y ?? 0, m ?? 0, d ?? 0);
  };
  return real(start) && real(end) && start <= end ? { start, end } : undefined;
}

const withSpan: Reader = (text) => {
  const match = new RegExp(String.raw`^(.*?)\s*\(?${ISO}${DASH}${ISO}\)?$`, "i").exec(text);
  const span = match === null ? undefined : isoSpan(match[2] ?? "", match[3] ?? "");
  if (match === null || span === undefined) return undefined;
  const label = (match[1] ?? "").replace(/[,:]\s*$/, "").trim();
  return spanned(label, span);
};

function spanned(label: string, span: ReportingPeriodSpan): ReportingPeriod {
  const update = /^update\s*(\d+)\b/i.exec(label);
  if (update !== null) {
    const number = Number(update[1]);
    // The bare "Update 3" that formatReportingPeriod writes for an update with no label of its own.
    return label === `Update ${number}`
      ? { kind: "update", number, ...span }
      : { kind: "update", number, label, ...span };
  }
  return label === "" ? { kind: "date-range", ...span } : { kind: "date-range", label, ...span };
}

const monthRange: Reader = (text) => {
  const word = String.raw`([A-Za-z]{3,9}\.?)`;
  const match = new RegExp(String.raw`^${word}(?:\s+(\d{4}))?${DASH}${word}\s+(\d{4})$`).exec(text);
  if (match === null) return undefined;
  const [from, to] = [monthNumber(match[1] ?? ""), monthNumber(match[3] ?? "")];
  if (from === undefined || to === undefined) return undefined;
  const endYear = Number(match[4]);
  const startYear = match[2] === undefined ? (from > to ? endYear - 1 : endYear) : Number(match[2]);
  const span = isoSpan(monthStart(startYear, from), monthEnd(endYear, to));
  return span === undefined ? undefined : { kind: "date-range", label: text, ...span };
};

const dayRange: Reader = (text) => {
  const day = String.raw`(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{4})`;
  const match = new RegExp(`^${day}${DASH}${day}$`).exec(text);
  if (match === null) return undefined;
  const iso = (d?: string, m?: string, y?: string) => {
    const month = monthNumber(m ?? "");
    return month === undefined ? "" : `${y}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };
  const span = isoSpan(iso(match[1], match[2], match[3]), iso(match[4], match[5], match[6]));
  return span === undefined ? undefined : { kind: "date-range", label: text, ...span };
};

const update: Reader = (text, span) => {
  if (!/^update\s*\d+\b/i.test(text)) return undefined;
  if (span !== undefined) return spanned(text, span);
  return {
    code: "period/no-span",
    severity: "error",
    message: `"${text}" names an update but not the dates it covers; give them, e.g. "${text} (2024-01-01 to 2024-03-31)", or pass the span.`,
    path: [],
    actual: text,
  };
};

const planYear: Reader = (text) => {
  const match = /^year\s*(\d+)\s*\((\d{4}[-/]\d{2})\)$/i.exec(text);
  const year = financialYear(match?.[2] ?? "");
  return match === null || year === undefined
    ? undefined
    : { kind: "plan-year", number: Number(match[1]), year };
};

const partOfYear: Reader = (text) => {
  const part = String.raw`(q|quarter\s*|h|half\s*)([1-4])`;
  const match =
    new RegExp(String.raw`^(\d{4}[-/]\d{2})\s*${part}$`, "i").exec(text) ??
    new RegExp(String.raw`^${part}\s*(\d{4}[-/]\d{2})$`, "i").exec(text);
  if (match === null) return undefined;
  const yearFirst = /^\d/.test(text);
  const year = financialYear((yearFirst ? match[1] : match[3]) ?? "");
  const letter = ((yearFirst ? match[2] : match[1]) ?? "").charAt(0).toLowerCase();
  const n = Number(yearFirst ? match[3] : match[2]);
  if (year === undefined) return undefined;
  if (letter === "q") return { kind: "quarter", year, quarter: n as 1 | 2 | 3 | 4 };
  return n <= 2 ? { kind: "half-year", year, half: n as 1 | 2 } : undefined;
};

const wholeYear: Reader = (text) => {
  const year = financialYear(text);
  if (year !== undefined) return { kind: "financial-year", year };
  return /^\d{4}$/.test(text) ? { kind: "calendar-year", year: Number(text) } : undefined;
};

const READERS: readonly Reader[] = [withSpan, update, planYear, partOfYear, wholeYear, monthRange, dayRange];

/**
 * Reads a reporting period as written in a return, an update or a statistics table: `2010-11`,
 * `2010/11`, `2010-11 Q2`, `Q2 2010-11`, `Quarter 2 2010-11`, `2023-24 H1`, `Year 2 (2009-10)`,
 * `2019`, `June - December 2023`, `January to March 2024`, `1 April 2023 to 31 March 2024`,
 * `2023-06-01 to 2023-12-31`, and an update with its span (`Update 2 – March 2024 (2024-01-01 to
 * 2024-03-31)`, or the words `Update 2 (March 2024)` with the span passed in). A range keeps its
 * wording as `label`.
 *
 * @param text - The period as written.
 * @param options - `span`: the dates an update covers, where the text gives only its name.
 * @returns The period, or `period/unreadable` (or `period/no-span` for an update without dates),
 *   with the text as `actual`; `usage/invalid-argument` when `text` is not a string.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * parseReportingPeriod("June - December 2023").value; // { kind: "date-range", label: "June - December 2023", start: "2023-06-01", end: "2023-12-31" } (when ok)
 * parseReportingPeriod("Update 2 (March 2024)", { span: { start: "2024-01-01", end: "2024-03-31" } }).ok; // true
 * ```
 */
export function parseReportingPeriod(
  text: string,
  options: { span?: ReportingPeriodSpan } = {},
): Checked<ReportingPeriod> {
  return guarded(
    "parseReportingPeriod",
    () => [["options", isObject, options]],
    () => parseReportingPeriodOf(text, options),
  );
}

function parseReportingPeriodOf(
  text: string,
  options: { span?: ReportingPeriodSpan } = {},
): Checked<ReportingPeriod> {
  if (typeof text !== "string")
    return { ok: false, issues: [invalidArgument("parseReportingPeriod", "the period as a string", text)] };
  const trimmed = text.trim().replace(/\s+/g, " ");
  // No period is written in more than a line; longer text is not read (and costs nothing).
  for (const read of trimmed.length > 120 ? [] : READERS) {
    const found = read(trimmed, options.span);
    if (found === undefined) continue;
    if ("code" in found) return { ok: false, issues: [found] };
    if (ReportingPeriod.safeParse(found).success) return { ok: true, value: found, issues: [] };
  }
  return {
    ok: false,
    issues: [
      {
        code: "period/unreadable",
        severity: "error",
        message: `"${text.slice(0, 200)}" is not a period cja-kit reads; write e.g. 2023-24, 2023-24 Q2, 2023-24 H1, June - December 2023 or 2023-06-01 to 2023-12-31.`,
        path: [],
        actual: text.slice(0, 200),
      },
    ],
  };
}
