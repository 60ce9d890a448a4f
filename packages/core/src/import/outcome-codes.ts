import { guarded, has, isText } from "../_internal/guard";
import type { OutcomeRef } from "../outcome-ref/outcome-ref";

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
