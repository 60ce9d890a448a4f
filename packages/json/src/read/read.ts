import type {
  Checked,
  OutcomeRegistry,
  ValidatePlanOptions,
  ValidateProgressReturnOptions,
} from "@cja-kit/core";
import { currentSpecs } from "../_internal/format-specs";
import { readDocument } from "../_internal/read-document";
import { readOptionsIssues } from "../_internal/read-options-issues";
import type { CjaDocument } from "../document/cja-document";
import type { DocumentFormat } from "../document/document-format";
import type { Migration } from "./migration";

/**
 * Options for {@link read}. The limits guard against hostile or broken files; a value that is not
 * a number from 0 means the default, and `Infinity` lifts a limit.
 *
 * @example
 * ```ts
 * const options: ReadOptions<"progress-return"> = {
 *   format: "progress-return",
 *   maxBytes: 1024 * 1024,
 *   validation: { progressReturn: { plan } },
 * };
 * ```
 */
export type ReadOptions<F extends DocumentFormat = DocumentFormat> = {
  /** The format the file must be; a file of another format is an error. @defaultValue any of them */
  format?: F;
  /** Migrations from other versions of the formats to this reader's, applied in sequence. @defaultValue `[]` */
  migrations?: readonly Migration[];
  /** Largest text read, in UTF-8 bytes. @defaultValue `16 * 1024 * 1024` (16 MiB) */
  maxBytes?: number;
  /** Deepest nesting of objects and arrays, the document's own object being level 1. @defaultValue `100` */
  maxDepth?: number;
  /** Longest string or key, in UTF-16 code units (JavaScript's `length`). @defaultValue `100_000` */
  maxStringLength?: number;
  /** Most issues listed; one more issue says how many were left out. @defaultValue `1000` */
  maxIssues?: number;
  /** Options passed to core's validators, by format. @defaultValue core's defaults */
  validation?: {
    /** For `validatePlan`: registry, period tolerance, rules. */
    plan?: ValidatePlanOptions;
    /** For `validateProgressReturn`: the plan reported on, rules. */
    progressReturn?: ValidateProgressReturnOptions;
    /** For `validateIndicatorSet`: the registry outcome references resolve against. */
    indicatorSet?: { registry?: OutcomeRegistry };
    /** For `validateAnnualPerformanceReport` and `validateAnnualReturn`: the registry outcomes resolve against. */
    annualReport?: { registry?: OutcomeRegistry };
  };
};

/**
 * Reads a cja-kit JSON document and checks it, never throwing: JSON syntax (with line and
 * column), the limits, forbidden keys (`__proto__`, `constructor`, `prototype`), the envelope
 * (`format`, `version`, `data`), migrations, the format's schema, and core's validator for the
 * format. Every issue has a stable `code`, a `path` from the document root (`["data", "themes", 0, …]`),
 * the line as `row`, and a message that does not repeat them (a syntax error's leads with its
 * column). Unknown keys are warnings. Options of the wrong shape (`null`, a format that is not
 * one, a migration without its `migrate` function) are `usage/invalid-argument` errors, and
 * nothing is read; text that is not a string is `json/not-text`.
 *
 * @param text - The file's text (a leading byte order mark is ignored).
 * @param options - Expected format, migrations, limits, validator options.
 * @returns The document with any warnings, or every issue when an error was found.
 * @example
 * ```ts
 * const checked = read(text, { format: "plan" });
 * if (checked.ok) console.log(checked.value.data.title);
 * else checked.issues.forEach((issue) => console.log(formatIssue(issue)));
 * // error at data.themes.0.actions.1.number row 42 (action 2.4.1) [plan/duplicate-action-number]: Action number 2.4.1 is already used …
 * ```
 */
export function read<F extends DocumentFormat = DocumentFormat>(
  text: string,
  options: ReadOptions<F> = {},
): Checked<CjaDocument<F>> {
  const wrong = readOptionsIssues(options);
  if (wrong.length > 0) return { ok: false, issues: wrong };
  return readDocument(text, options, currentSpecs) as Checked<CjaDocument<F>>;
}
