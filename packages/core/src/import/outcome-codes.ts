import { guarded, has, isText } from "../_internal/guard";
import type { OutcomeRef, OutcomeRefList } from "../outcome-ref/outcome-ref";
import { parseOutcomeRefs } from "../outcome-ref/parse-outcome-refs";

/** Whether a value is a list of references, each with its framework and code as text. */
const isRefList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every((ref: unknown) => has(ref, "framework", isText) && has(ref, "code", isText));

/** The cell of an empty list of references, kept apart from a cell that says nothing. */
const NONE = "none";

/**
 * Outcome references as codes qualified by their framework, the form a canonical table keeps them
 * in where the wording as written does not say them (West Dunbartonshire's "National Community
 * Justice Strategy Section 4" is section 4 of `nscj-2016`): `framework:code`, separated by `; `;
 * an empty list is `none`.
 *
 * @param refs - The references.
 * @returns The cell's text.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * formatOutcomeCodes([{ framework: "nscj-2022", code: "A4" }, { framework: "nscj-2022", code: "PA11" }]); // "nscj-2022:A4; nscj-2022:PA11"
 * ```
 */
export function formatOutcomeCodes(refs: readonly OutcomeRef[]): string {
  return guarded(
    "formatOutcomeCodes",
    () => [["refs", isRefList, refs]],
    () => (refs.length === 0 ? NONE : refs.map((ref) => `${ref.framework}:${ref.code}`).join("; ")),
  );
}

/**
 * Reads {@link formatOutcomeCodes}' form back; a part that is not `framework:code` is returned as
 * unreadable, never guessed.
 *
 * @param text - The cell's text.
 * @returns The references, and the parts that name none.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * parseOutcomeCodes("nscj-2016:4; section 4"); // { refs: [{ framework: "nscj-2016", code: "4" }], unreadable: ["section 4"] }
 * ```
 */
export function parseOutcomeCodes(text: string): { refs: OutcomeRef[]; unreadable: string[] } {
  return guarded(
    "parseOutcomeCodes",
    () => [["text", isText, text]],
    () => {
      const refs: OutcomeRef[] = [];
      const unreadable: string[] = [];
      if (text.trim().toLowerCase() === NONE) return { refs, unreadable };
      for (const part of text.split(/[;\r\n]+/).map((p) => p.trim())) {
        const match = /^([A-Za-z0-9][\w.-]*):(\S+)$/.exec(part);
        if (match?.[1] !== undefined && match[2] !== undefined)
          refs.push({ framework: match[1], code: match[2] });
        else if (part.length > 0) unreadable.push(part);
      }
      return { refs, unreadable };
    },
  );
}

const sameRefs = (a: readonly OutcomeRef[], b: readonly OutcomeRef[]) =>
  a.length === b.length && a.every((ref, i) => ref.framework === b[i]?.framework && ref.code === b[i]?.code);

/**
 * Whether references would read back other than they are from their wording alone, so that a
 * canonical table must keep them as codes too ({@link formatOutcomeCodes}): West Dunbartonshire's
 * "National Community Justice Strategy Section 4" is section 4 of `nscj-2016`, which the wording
 * does not say; "(A1 & C3)" in a `nab-2008` plan says its references itself.
 *
 * @param refs - The references with the wording they were read from.
 * @param framework - The framework bare codes in the wording belong to, as the reader will take it
 *   (the plan's `outcomeFramework`).
 * @returns `true` when {@link parseOutcomeRefs} of the wording gives other references.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * outcomeCodesNeeded({ raw: "(A1 & C3)", refs: [{ framework: "nab-2008", code: "A1" }, { framework: "nab-2008", code: "C3" }] }, "nab-2008"); // false
 * ```
 */
export function outcomeCodesNeeded(refs: OutcomeRefList, framework: string): boolean {
  return guarded(
    "outcomeCodesNeeded",
    () => [
      ["refs", (value: unknown) => has(value, "raw", isText) && has(value, "refs", isRefList), refs],
      ["framework", isText, framework],
    ],
    () => !sameRefs(parseOutcomeRefs(refs.raw, { framework }).value.refs, refs.refs),
  );
}
