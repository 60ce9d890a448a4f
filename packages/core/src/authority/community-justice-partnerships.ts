import * as z from "zod";
import type { Authority, CjaId } from "./authority";

/**
 * The 32 local authority areas whose community justice partners have planned and reported since
 * April 2017, by stable id.
 *
 * @example
 * ```ts
 * const id: PartnershipId = "west-dunbartonshire";
 * ```
 */
export const PartnershipId = /* @__PURE__ */ z
  .enum([
    "aberdeen-city",
    "aberdeenshire",
    "angus",
    "argyll-and-bute",
    "city-of-edinburgh",
    "clackmannanshire",
    "dumfries-and-galloway",
    "dundee-city",
    "east-ayrshire",
    "east-dunbartonshire",
    "east-lothian",
    "east-renfrewshire",
    "falkirk",
    "fife",
    "glasgow-city",
    "highland",
    "inverclyde",
    "midlothian",
    "moray",
    "na-h-eileanan-siar",
    "north-ayrshire",
    "north-lanarkshire",
    "orkney-islands",
    "perth-and-kinross",
    "renfrewshire",
    "scottish-borders",
    "shetland-islands",
    "south-ayrshire",
    "south-lanarkshire",
    "stirling",
    "west-dunbartonshire",
    "west-lothian",
  ])
  .describe("One of the 32 local authority areas, each with its community justice partnership.");
/** One of the 32 local authority areas, each with its community justice partnership. */
export type PartnershipId = z.output<typeof PartnershipId>;

type Area = [id: PartnershipId, name: string, code: string, formerCja: CjaId];

// Council area codes as in force since the 2018-19 boundary changes (Fife, Glasgow City, North
// Lanarkshire and Perth and Kinross were recoded); the earlier codes are in `previousAreaCodes`.
const AREAS: readonly Area[] = [
  ["aberdeen-city", "Aberdeen City", "S12000033", "northern"],
  ["aberdeenshire", "Aberdeenshire", "S12000034", "northern"],
  ["angus", "Angus", "S12000041", "tayside"],
  ["argyll-and-bute", "Argyll and Bute", "S12000035", "north-strathclyde"],
  ["city-of-edinburgh", "City of Edinburgh", "S12000036", "lothian-borders"],
  ["clackmannanshire", "Clackmannanshire", "S12000005", "fife-forth-valley"],
  ["dumfries-and-galloway", "Dumfries and Galloway", "S12000006", "south-west-scotland"],
  ["dundee-city", "Dundee City", "S12000042", "tayside"],
  ["east-ayrshire", "East Ayrshire", "S12000008", "south-west-scotland"],
  ["east-dunbartonshire", "East Dunbartonshire", "S12000045", "north-strathclyde"],
  ["east-lothian", "East Lothian", "S12000010", "lothian-borders"],
  ["east-renfrewshire", "East Renfrewshire", "S12000011", "north-strathclyde"],
  ["falkirk", "Falkirk", "S12000014", "fife-forth-valley"],
  ["fife", "Fife", "S12000047", "fife-forth-valley"],
  ["glasgow-city", "Glasgow City", "S12000049", "glasgow"],
  ["highland", "Highland", "S12000017", "northern"],
  ["inverclyde", "Inverclyde", "S12000018", "north-strathclyde"],
  ["midlothian", "Midlothian", "S12000019", "lothian-borders"],
  ["moray", "Moray", "S12000020", "northern"],
  ["na-h-eileanan-siar", "Na h-Eileanan Siar", "S12000013", "northern"],
  ["north-ayrshire", "North Ayrshire", "S12000021", "south-west-scotland"],
  ["north-lanarkshire", "North Lanarkshire", "S12000050", "lanarkshire"],
  ["orkney-islands", "Orkney Islands", "S12000023", "northern"],
  ["perth-and-kinross", "Perth and Kinross", "S12000048", "tayside"],
  ["renfrewshire", "Renfrewshire", "S12000038", "north-strathclyde"],
  ["scottish-borders", "Scottish Borders", "S12000026", "lothian-borders"],
  ["shetland-islands", "Shetland Islands", "S12000027", "northern"],
  ["south-ayrshire", "South Ayrshire", "S12000028", "south-west-scotland"],
  ["south-lanarkshire", "South Lanarkshire", "S12000029", "lanarkshire"],
  ["stirling", "Stirling", "S12000030", "fife-forth-valley"],
  ["west-dunbartonshire", "West Dunbartonshire", "S12000039", "north-strathclyde"],
  ["west-lothian", "West Lothian", "S12000040", "lothian-borders"],
];

const partnership = ([id, name, code, formerCja]: Area): Authority => ({
  id,
  name,
  kind: "partnership",
  areaCode: code,
  formerCja,
  councils: [{ name, code }],
});

/**
 * The community justice partnerships of the 32 local authority areas (since 1 April 2017, under
 * the Community Justice (Scotland) Act 2016), each with its council area name and code from the
 * Scottish Government's statistical geography and the CJA the area belonged to until March 2017.
 * A partnership's own name varies (e.g. "Community Justice East Dunbartonshire"): `name` is the
 * council area's, and a document keeps the name it writes.
 *
 * Sources: council area codes (GSS entity S12) from the Scottish Government's Standard Geography
 * Code Register (https://www.gov.scot/publications/coding-and-naming-policy-for-statistical-geographies-in-scotland/;
 * National Records of Scotland, https://nrscotland.gov.uk/publications/geography-standard-names-and-codes-policy,
 * "S12000033 which translates to Aberdeen City Council area"), each code checked against
 * published lookup tables of the 2019 codes; CJA membership from the CJAs' own documents
 * (see `communityJusticeAuthorities`).
 *
 * @example
 * ```ts
 * communityJusticePartnerships["west-dunbartonshire"].areaCode; // "S12000039"
 * communityJusticePartnerships["west-dunbartonshire"].formerCja; // "north-strathclyde"
 * ```
 */
export const communityJusticePartnerships: Readonly<Record<PartnershipId, Authority>> = /* @__PURE__ */ (() =>
  Object.fromEntries(AREAS.map((area) => [area[0], partnership(area)])) as Record<
    PartnershipId,
    Authority
  >)();

/**
 * Council area codes replaced when boundaries changed (2018 and 2019), by the area now holding
 * them: a document or data set from before then may still use them.
 *
 * @example
 * ```ts
 * previousAreaCodes["glasgow-city"]; // ["S12000046"]
 * ```
 */
export const previousAreaCodes: Readonly<Partial<Record<PartnershipId, readonly string[]>>> = {
  fife: ["S12000015"],
  "glasgow-city": ["S12000046"],
  "north-lanarkshire": ["S12000044"],
  "perth-and-kinross": ["S12000024"],
};
