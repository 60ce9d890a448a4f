import * as z from "zod";

/**
 * The eight Community Justice Authorities (2006-07 to 31 March 2017), by stable id.
 *
 * @example
 * ```ts
 * const id: CjaId = "lothian-borders";
 * ```
 */
export const CjaId = /* @__PURE__ */ z
  .enum([
    "fife-forth-valley",
    "glasgow",
    "lanarkshire",
    "lothian-borders",
    "north-strathclyde",
    "northern",
    "south-west-scotland",
    "tayside",
  ])
  .describe("One of the eight Community Justice Authorities.");
/** One of the eight Community Justice Authorities. */
export type CjaId = z.output<typeof CjaId>;

/**
 * A council, with the abbreviation documents use for it (`SLC`, `NLC`, `CoE`).
 *
 * @example
 * ```ts
 * const slc: Council = { name: "South Lanarkshire", abbreviation: "SLC" };
 * ```
 */
export const Council = /* @__PURE__ */ z
  .object({ name: z.string().min(1), abbreviation: z.string().min(1).optional() })
  .describe("A council and the abbreviation documents use for it.");
/** A council and the abbreviation documents use for it. */
export type Council = z.output<typeof Council>;

/**
 * The body that owns a plan or report: one of the eight CJAs, a community justice partnership
 * (since April 2017), or any other body. Nothing in cja-kit assumes a CJA.
 *
 * @example
 * ```ts
 * const authority: Authority = {
 *   name: "Lanarkshire Community Justice Authority",
 *   kind: "cja",
 *   cja: "lanarkshire",
 *   councils: [{ name: "North Lanarkshire", abbreviation: "NLC" }, { name: "South Lanarkshire", abbreviation: "SLC" }],
 * };
 * ```
 */
export const Authority = /* @__PURE__ */ z
  .object({
    name: z.string().min(1).describe("The body's name as it writes it."),
    kind: z
      .enum(["cja", "partnership", "other"])
      .describe("CJA, community justice partnership, or other body."),
    cja: CjaId.optional().describe('Which CJA, for `kind: "cja"`.'),
    councils: z.array(Council).describe("Councils the body covers."),
  })
  .describe("The body that owns a plan or report.");
/** The body that owns a plan or report. */
export type Authority = z.output<typeof Authority>;
