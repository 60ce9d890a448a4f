import { AnnualPerformanceReport, CommitteeReport, IndicatorSet, Plan, ProgressReturn } from "@cja-kit/core";
import { schemaCheck } from "./input-issues";

// The checks of what each renderer prints, against core's schemas (the source of truth): a renderer
// refuses what `validatePlan` and the others refuse for their schema, before it prints anything.

/** A plan, as core's `Plan` schema says. */
export const planCheck = /* @__PURE__ */ schemaCheck(Plan);
/** A progress return, as core's `ProgressReturn` schema says. */
export const progressCheck = /* @__PURE__ */ schemaCheck(ProgressReturn);
/** A committee report, as core's `CommitteeReport` schema says. */
export const committeeReportCheck = /* @__PURE__ */ schemaCheck(CommitteeReport);
/** An indicator set, as core's `IndicatorSet` schema says. */
export const indicatorSetCheck = /* @__PURE__ */ schemaCheck(IndicatorSet);
/** An annual performance report, as core's `AnnualPerformanceReport` schema says. */
export const annualReportCheck = /* @__PURE__ */ schemaCheck(AnnualPerformanceReport);
