import {
  AnnualPerformanceReport,
  AnnualReturn,
  CommitteeReport,
  IndicatorSet,
  Plan,
  ProgressReturn,
} from "@cja-kit/core";
import type * as z from "zod";
import type { DocumentFormat } from "../document/document-format";

/**
 * Each format's data schema, apart from core's checks: `write` and `jsonSchema` need only the
 * schemas, so an app that writes documents or generates their JSON Schema does not bundle the
 * validators and parsers that reading brings (about a third of `read`'s bundle).
 */
export const formatSchemas: Record<DocumentFormat, z.ZodType> = {
  plan: Plan,
  "progress-return": ProgressReturn,
  "indicator-set": IndicatorSet,
  "committee-report": CommitteeReport,
  "annual-performance-report": AnnualPerformanceReport,
  "annual-return": AnnualReturn,
};
