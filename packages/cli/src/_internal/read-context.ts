import type { Authority, PlanKind, PlanPeriod, ReportingPeriod } from "@cja-kit/core";

/**
 * What a table (CSV or worksheet) cannot say about the document it holds, from the command's
 * options: whose it is, which years a plan covers, its kind, the period its progress columns
 * report on, the framework bare outcome codes belong to, which worksheet of a workbook to read,
 * the caller's reading of headings, and whether empty cells under an action are filled as merged.
 */
export type ReadContext = {
  authority?: Authority;
  period?: PlanPeriod;
  areaPeriod?: PlanPeriod;
  title?: string;
  planKind?: PlanKind;
  returnPeriod?: ReportingPeriod;
  framework?: string;
  sheet?: string | number;
  headings?: Readonly<Record<string, string>>;
  mergedCells?: "fill" | "keep-empty";
};
