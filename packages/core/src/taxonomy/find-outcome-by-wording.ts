import type { Outcome, OutcomeFramework } from "./outcome-framework";

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The outcome of a framework whose wording matches the text, ignoring case, punctuation and
 * `&` for "and": how a document that quotes outcomes without codes links to them.
 *
 * @param framework - The framework to search.
 * @param wording - The wording as written.
 * @returns The matching outcome, or `undefined`.
 * @example
 * ```ts
 * findOutcomeByWording(nsmo2006, "Improved literacy skills.")?.code; // "O4"
 * ```
 */
export function findOutcomeByWording(framework: OutcomeFramework, wording: string): Outcome | undefined {
  const wanted = normalise(wording);
  return framework.outcomes.find((outcome) => normalise(outcome.wording) === wanted);
}
