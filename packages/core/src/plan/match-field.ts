import { guarded, isText } from "../_internal/guard";
import type { ActionField } from "./column";
import { fieldAliases } from "./field-aliases";

/**
 * A column label reduced for comparison: lower case, `&` as "and", no spacing or punctuation.
 *
 * @param label - A label as written.
 * @returns The key.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * labelKey("Work Group/ Chair"); // "workgroupchair"
 * ```
 */
export function labelKey(label: string): string {
  return guarded(
    "labelKey",
    () => [["label", isText, label]],
    () => labelKeyOf(label),
  );
}

function labelKeyOf(label: string): string {
  return label
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "");
}

const index = /* @__PURE__ */ (() =>
  new Map<string, ActionField>(
    (Object.entries(fieldAliases) as Array<[ActionField, readonly string[]]>).flatMap(([field, labels]) =>
      [field, ...labels].map((label) => [labelKey(label), field] as const),
    ),
  ))();

/**
 * The field a column heading means, matched through {@link fieldAliases} ignoring case, spacing and
 * punctuation; `undefined` for a heading no field is known by (keep such a column as extra data).
 *
 * @param label - The column heading as written.
 * @returns The field, or `undefined`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * matchField("WORK GROUP / CHAIR"); // "lead"
 * matchField("When will it be done by?"); // "timescale"
 * matchField("Comments"); // undefined
 * ```
 */
export function matchField(label: string): ActionField | undefined {
  return guarded(
    "matchField",
    () => [["label", isText, label]],
    () => matchFieldOf(label),
  );
}

function matchFieldOf(label: string): ActionField | undefined {
  return index.get(labelKey(label));
}
