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
 * A council area code of the Scottish Government's statistical geography (GSS entity S12,
 * council areas), e.g. `S12000036` for City of Edinburgh.
 *
 * @example
 * ```ts
 * CouncilAreaCode.parse("S12000039"); // West Dunbartonshire
 * ```
 */
export const CouncilAreaCode = /* @__PURE__ */ z
  .string()
  .regex(/^S12\d{6}$/, "Expected a council area code such as S12000036.")
  .describe("A council area code (GSS S12), e.g. S12000036.");
/** A council area code (GSS S12). */
export type CouncilAreaCode = z.output<typeof CouncilAreaCode>;

/**
 * A council, with the abbreviation documents use for it (`SLC`, `NLC`, `CoE`) and, where known,
 * its council area code.
 *
 * @example
 * ```ts
 * const slc: Council = { name: "South Lanarkshire", abbreviation: "SLC", code: "S12000029" };
 * ```
 */
export const Council = /* @__PURE__ */ z
  .object({
    name: z.string().min(1).describe("The council's name."),
    abbreviation: z.string().min(1).optional().describe("The abbreviation documents use for it (SLC)."),
    code: CouncilAreaCode.optional().describe("The council area code, where known."),
  })
  .describe("A council and the abbreviation documents use for it.");
/** A council and the abbreviation documents use for it. */
export type Council = z.output<typeof Council>;

/**
 * What kind of body owns a plan, return, indicator set or report: one of the eight CJAs (to
 * March 2017), a community justice partnership of a local authority area (since April 2017), a
 * national body (Community Justice Scotland, the Scottish Government), or any other body.
 *
 * @example
 * ```ts
 * const kind: AuthorityKind = "partnership";
 * ```
 */
export const AuthorityKind = /* @__PURE__ */ z
  .enum(["cja", "partnership", "national", "other"])
  .describe("CJA, community justice partnership, national body, or other body.");
/** What kind of body owns a document. */
export type AuthorityKind = z.output<typeof AuthorityKind>;

/**
 * The body that owns a plan, progress return, indicator set or report: one of the eight CJAs,
 * a community justice partnership (since April 2017), a national body, or any other body. Nothing
 * in cja-kit assumes a CJA. The eight CJAs, the 32 partnerships and the national bodies are data
 * (`communityJusticeAuthorities`, `communityJusticePartnerships`, `nationalBodies`), found by
 * name or code with `findAuthority`.
 *
 * @example
 * ```ts
 * const authority: Authority = {
 *   id: "west-dunbartonshire",
 *   name: "West Dunbartonshire Community Justice Partnership",
 *   kind: "partnership",
 *   areaCode: "S12000039",
 *   formerCja: "north-strathclyde",
 *   councils: [{ name: "West Dunbartonshire", code: "S12000039" }],
 * };
 * ```
 */
export const Authority = /* @__PURE__ */ z
  .object({
    id: z.string().min(1).optional().describe("Stable id, e.g. `west-dunbartonshire`."),
    name: z.string().min(1).describe("The body's name as it writes it."),
    kind: AuthorityKind,
    cja: CjaId.optional().describe('Which CJA, for `kind: "cja"`.'),
    areaCode: CouncilAreaCode.optional().describe(
      "The local authority area's council area code, for a partnership.",
    ),
    formerCja: CjaId.optional().describe("The CJA the area belonged to until March 2017, for a partnership."),
    councils: z.array(Council).describe("Councils the body covers (none for a national body)."),
  })
  .describe("The body that owns a plan, return, indicator set or report.");
/** The body that owns a plan, return, indicator set or report. */
export type Authority = z.output<typeof Authority>;
