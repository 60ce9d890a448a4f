import * as z from "zod";

/**
 * An amount of money as written (`£25k`) and in pence, with the words naming whose it is
 * (`label`, e.g. "The Robertson Trust") or qualifying it (`note`, e.g. "from EVOC").
 *
 * @example
 * ```ts
 * const amount: MoneyAmount = { text: "£25k", pence: 2_500_000, note: "from EVOC" };
 * ```
 */
export const MoneyAmount = /* @__PURE__ */ z
  .object({
    text: z.string().min(1).describe("The amount as written, e.g. `£25k`."),
    pence: z
      .number()
      .int()
      .describe("The amount in pence; negative for a reduction or saving written `-£500`."),
    label: z.string().optional().describe("Words before the amount naming it or its funder."),
    note: z.string().optional().describe("Words after the amount qualifying it."),
  })
  .describe("An amount of money as written and in pence.");
/** An amount of money as written and in pence. */
export type MoneyAmount = z.output<typeof MoneyAmount>;

/**
 * Where resources come from when no amount is given: "Existing resources", "Within Section 27",
 * "Yet to be determined", "Already planned for", a partner's own resources ("Network Rail
 * resources"), support in kind ("3 Solicitors recruited by Scottish Legal Aid"), or funding still
 * pending agreement.
 *
 * @example
 * ```ts
 * const basis: FundingBasis = "section-27";
 * ```
 */
export const FundingBasis = /* @__PURE__ */ z
  .enum([
    "existing-resources",
    "section-27",
    "to-be-determined",
    "already-planned",
    "partner-resources",
    "in-kind",
    "pending",
  ])
  .describe("Where resources come from when no amount is given.");
/** Where resources come from when no amount is given. */
export type FundingBasis = z.output<typeof FundingBasis>;

/**
 * Resources as written (`raw`) and as parsed: the amounts, a stated total with the amounts that
 * make it up (seed 002 3.1.4: "Total 2 year project funding £102,000: The Robertson Trust: £30,000 …"),
 * and the funding bases named without an amount.
 *
 * @example
 * ```ts
 * const money: Money = { raw: "Existing resources", amounts: [], bases: ["existing-resources"] };
 * ```
 */
export const Money = /* @__PURE__ */ z
  .object({
    raw: z.string().describe("The resources as written."),
    total: MoneyAmount.optional().describe("A stated total; `amounts` are then its parts."),
    amounts: z.array(MoneyAmount).describe("Amounts in written order (the parts, where a total is stated)."),
    bases: z.array(FundingBasis).describe("Funding bases named without an amount."),
  })
  .describe("Resources as written and as parsed.");
/** Resources as written and as parsed. */
export type Money = z.output<typeof Money>;
