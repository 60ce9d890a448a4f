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

/** A word without its plural ending: "partners" → "partner", "activities" → "activity"; "status", "progress" kept. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * A heading reduced for matching: lower case, `&` as "and", `%` as "percent", apostrophes and
 * `(s)` dropped, each word singular, no spacing or punctuation. `Lead Officer(s)`, `LEAD
 * OFFICERS` and `Lead officer` give the same key.
 *
 * @param heading - A column heading as written.
 * @returns The key; empty for a heading of punctuation only.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * headingKey("Lead Officer(s)"); // "leadofficer"
 * headingKey("% complete"); // "percentcomplete"
 * ```
 */
export function headingKey(heading: string): string {
  return guarded(
    "headingKey",
    () => [["heading", isText, heading]],
    () => headingKeyOf(heading),
  );
}

function headingKeyOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\(s\)/g, "")
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/%/g, " percent ")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map(singular)
    .join("");
}

/** What a heading matched: the field and the alias (or field name) it matched by. */
export type AliasMatch = { field: ActionField; alias: string };

/** Fields a heading cannot name alone: a flag needs its key, an extra column is any heading at all. */
const UNNAMED = /* @__PURE__ */ new Set<ActionField>(["flag", "extra"]);

/** Every alias and field name by its heading key (the first alias of a key names it). */
export const aliasIndex: ReadonlyMap<string, AliasMatch> = /* @__PURE__ */ (() => {
  const index = new Map<string, AliasMatch>();
  for (const [field, labels] of Object.entries(fieldAliases) as Array<[ActionField, readonly string[]]>) {
    if (UNNAMED.has(field)) continue;
    for (const alias of [...labels, field])
      if (!index.has(headingKey(alias))) index.set(headingKey(alias), { field, alias });
  }
  return index;
})();

/**
 * The field a column heading means, matched through {@link fieldAliases} by {@link headingKey}
 * (ignoring case, spacing, punctuation, plurals and `(s)`); `undefined` for a heading no field is
 * known by (such a column is kept as an extra column).
 *
 * @param label - The column heading as written.
 * @returns The field, or `undefined`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * matchField("WORK GROUP / CHAIR"); // "lead"
 * matchField("Lead Officer(s)"); // "lead"
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
  return aliasIndex.get(headingKey(label))?.field;
}
