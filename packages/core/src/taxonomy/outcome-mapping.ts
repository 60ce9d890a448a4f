import * as z from "zod";

/**
 * A mapping from the outcomes of one framework to those of another: each `from` code links to
 * one or more `to` codes, on a stated basis (a publication's table, or matched by wording).
 * Mappings are queried in both directions.
 *
 * @example
 * ```ts
 * const mapping: OutcomeMapping = {
 *   id: "nab-2008-to-nsmo-2006",
 *   from: "nab-2008",
 *   to: "nsmo-2006",
 *   source: "Matched by wording",
 *   links: [{ from: "A3", to: ["C3", "C4"] }],
 * };
 * ```
 */
export const OutcomeMapping = /* @__PURE__ */ z
  .object({
    id: z.string().min(1),
    from: z.string().min(1).describe("Framework id mapped from."),
    to: z.string().min(1).describe("Framework id mapped to."),
    source: z.string().min(1).describe("How the mapping was made."),
    basis: z
      .enum(["published", "by-wording"])
      .optional()
      .describe(
        "`published`: the links are a publication's; `by-wording`: matched by their wording, no publication gives them.",
      ),
    links: z
      .array(
        z.object({
          from: z.string().min(1),
          to: z.array(z.string().min(1)).min(1),
          unverified: z
            .string()
            .min(1)
            .optional()
            .describe("Present when a published link could not be checked: why."),
        }),
      )
      .min(1),
  })
  .describe("A mapping between the outcomes of two frameworks.");
/** A mapping between the outcomes of two frameworks. */
export type OutcomeMapping = z.output<typeof OutcomeMapping>;
