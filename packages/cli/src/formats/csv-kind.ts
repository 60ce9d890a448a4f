import { labelKey, matchField } from "@cja-kit/core";
import type { DocumentKind } from "../_internal/document";

// The headings that tell a progress CSV or a committee-report CSV from a plan CSV, as
// writeProgressCsv and writeCommitteeReportCsv write them (and the aliases the readers take).
const REPORT = ["Field", "Section number", "Section title", "Role", "Paragraph number", "Text"].map(labelKey);
const RETURN_ONLY = new Set(
  [
    "Return id",
    "Period",
    "Quarter",
    "Reporting period",
    "Plan",
    "Plan id",
    "Return",
    "Return title",
    "Reported on",
    "Report date",
    "Row",
    "Action row",
  ].map(labelKey),
);
const PLAN_ONLY =
  /^(theme\d|title$|keymeasure|aim$|objective|milestone|operationaldetail|specificoperationaldetail)/;

/**
 * What a CSV holds, told from its header: a committee report (its six fixed headings), a progress
 * return (a heading only returns have, such as Period or Return id, and no plan heading such as
 * Theme 1 title or Key Measure), otherwise a plan.
 */
export function csvKind(labels: readonly string[]): DocumentKind {
  const keys = labels.map(labelKey);
  if (REPORT.every((key, index) => keys[index] === key)) return "committee-report";
  const returns = keys.some((key) => RETURN_ONLY.has(key));
  return returns && !keys.some((key) => PLAN_ONLY.test(key)) ? "progress-return" : "plan";
}

/** Whether a heading is one the readers know: a plan field's, a return's or a committee report's. */
export function isKnownHeading(label: string): boolean {
  const key = labelKey(label);
  return (
    key !== "" &&
    (matchField(label) !== undefined || RETURN_ONLY.has(key) || REPORT.includes(key) || PLAN_ONLY.test(key))
  );
}
