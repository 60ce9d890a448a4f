import {
  type Checked,
  CommitteeReport,
  IndicatorSet,
  Plan,
  ProgressReturn,
  validateCommitteeReport,
  validateIndicatorSet,
  validatePlan,
  validateProgressReturn,
} from "@cja-kit/core";
import type * as z from "zod";
import { type DocumentFormat, formatVersion } from "../document/document-format";
import type { ReadOptions } from "../read/read";

/** The options of core's validators, by format. */
export type ValidationOptions = NonNullable<ReadOptions["validation"]>;

/** What the reader needs to know of one format: its data schema and its rules. */
export type FormatSpec = {
  schema: z.ZodType;
  validate: (data: unknown, options: ValidationOptions) => Checked<unknown>;
};

/** The formats one version of the reader reads, and that version. */
export type FormatSpecs = { version: number; formats: Record<DocumentFormat, FormatSpec> };

/** The formats of this version: the core schemas and validators. */
export const currentSpecs: FormatSpecs = {
  version: formatVersion,
  formats: {
    plan: { schema: Plan, validate: (data, options) => validatePlan(data, options.plan) },
    "progress-return": {
      schema: ProgressReturn,
      validate: (data, options) => validateProgressReturn(data, options.progressReturn),
    },
    "indicator-set": {
      schema: IndicatorSet,
      validate: (data, options) => validateIndicatorSet(data, options.indicatorSet),
    },
    "committee-report": { schema: CommitteeReport, validate: (data) => validateCommitteeReport(data) },
  },
};

/** The prefix of format names inside a file: `"format": "cja-kit/plan"`. */
export const FORMAT_PREFIX = "cja-kit/";

/** Where a format's JSON Schema is published; also the schema's `$id`. */
export function schemaUrl(format: DocumentFormat): string {
  return `https://unpkg.com/@cja-kit/json@0/schema/${format}.schema.json`;
}
