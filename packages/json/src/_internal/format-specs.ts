import {
  AnnualPerformanceReport,
  AnnualReturn,
  CommitteeReport,
  checkAnnualPerformanceReport,
  checkAnnualReturn,
  checkCommitteeReport,
  checkIndicatorSet,
  checkPlan,
  checkProgressReturn,
  IndicatorSet,
  type Issue,
  Plan,
  ProgressReturn,
} from "@cja-kit/core";
import type * as z from "zod";
import { type DocumentFormat, formatVersion } from "../document/document-format";
import type { ReadOptions } from "../read/read";

/** The options of core's validators, by format. */
export type ValidationOptions = NonNullable<ReadOptions["validation"]>;

/**
 * What the reader needs to know of one format: its data schema, and its rules for data the schema
 * has parsed (core's `check*`, so the data is parsed once).
 */
export type FormatSpec = {
  schema: z.ZodType;
  check: (data: never, options: ValidationOptions) => Issue[];
};

/** The formats one version of the reader reads, and that version. */
export type FormatSpecs = { version: number; formats: Record<DocumentFormat, FormatSpec> };

/** The formats of this version: the core schemas and checks. */
export const currentSpecs: FormatSpecs = {
  version: formatVersion,
  formats: {
    plan: { schema: Plan, check: (data: Plan, options) => checkPlan(data, options.plan) },
    "progress-return": {
      schema: ProgressReturn,
      check: (data: ProgressReturn, options) => checkProgressReturn(data, options.progressReturn),
    },
    "indicator-set": {
      schema: IndicatorSet,
      check: (data: IndicatorSet, options) => checkIndicatorSet(data, options.indicatorSet),
    },
    "committee-report": {
      schema: CommitteeReport,
      check: (data: CommitteeReport) => checkCommitteeReport(data),
    },
    "annual-performance-report": {
      schema: AnnualPerformanceReport,
      check: (data: AnnualPerformanceReport, options) =>
        checkAnnualPerformanceReport(data, options.annualReport),
    },
    "annual-return": {
      schema: AnnualReturn,
      check: (data: AnnualReturn, options) => checkAnnualReturn(data, options.annualReport),
    },
  },
};
