/**
 * A disagreement between what was reported and what the dates (or the return's own rating) say,
 * for a person to confirm: `date-passed` (reported on track, in progress, at risk or similar, but
 * the planned date has passed), `revised-date-passed` (the revised date has passed too),
 * `reported-rag-differs` (the return's RAG differs from the rating its own status wording carries).
 * The rating is never changed silently: a report lists these checks beside it. `code` is for tools;
 * `because` is a sentence for people.
 *
 * @example
 * ```ts
 * const check: RatingCheck = {
 *   code: "date-passed",
 *   because: "Reported on track, but the planned date, 31 January 2010, has passed: please confirm the date or report a revised one.",
 * };
 * ```
 */
export type RatingCheck = {
  code: "date-passed" | "revised-date-passed" | "reported-rag-differs";
  because: string;
};
