import type { Authority, PlanKind, PlanPeriod, ReportingPeriod } from "@cja-kit/core";

/**
 * What a CSV cannot say about the document it holds, from the command's options: whose it is,
 * which years a plan covers, its kind, the period its progress columns report on, and the
 * framework bare outcome codes belong to.
 */
export type ReadContext = {
  authority?: Authority;
  period?: PlanPeriod;
  areaPeriod?: PlanPeriod;
  title?: string;
  planKind?: PlanKind;
  returnPeriod?: ReportingPeriod;
  framework?: string;
};
