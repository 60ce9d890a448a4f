import type { Authority, CjaId } from "./authority";

const cja = (id: CjaId, name: string, councils: Authority["councils"]): Authority => ({
  name,
  kind: "cja",
  cja: id,
  councils,
});
const named = (...names: string[]) => names.map((name) => ({ name }));

/**
 * The eight Community Justice Authorities set up under the Management of Offenders etc.
 * (Scotland) Act 2005, with their councils; abbreviations where the documents use them.
 *
 * @example
 * ```ts
 * communityJusticeAuthorities.lanarkshire.councils.map((c) => c.abbreviation); // ["NLC", "SLC"]
 * ```
 */
export const communityJusticeAuthorities: Readonly<Record<CjaId, Authority>> = /* @__PURE__ */ (() => ({
  "fife-forth-valley": cja(
    "fife-forth-valley",
    "Fife & Forth Valley Community Justice Authority",
    named("Fife", "Falkirk", "Stirling", "Clackmannanshire"),
  ),
  glasgow: cja("glasgow", "Glasgow Community Justice Authority", named("Glasgow City")),
  lanarkshire: cja("lanarkshire", "Lanarkshire Community Justice Authority", [
    { name: "North Lanarkshire", abbreviation: "NLC" },
    { name: "South Lanarkshire", abbreviation: "SLC" },
  ]),
  "lothian-borders": cja("lothian-borders", "Lothian & Borders Community Justice Authority", [
    { name: "City of Edinburgh", abbreviation: "CoE" },
    ...named("East Lothian", "Midlothian", "West Lothian", "Scottish Borders"),
  ]),
  "north-strathclyde": cja(
    "north-strathclyde",
    "North Strathclyde Community Justice Authority",
    named(
      "Argyll & Bute",
      "East Dunbartonshire",
      "East Renfrewshire",
      "Inverclyde",
      "Renfrewshire",
      "West Dunbartonshire",
    ),
  ),
  northern: cja(
    "northern",
    "Northern Community Justice Authority",
    named("Aberdeen City", "Aberdeenshire", "Eilean Siar", "Highland", "Moray", "Orkney", "Shetland"),
  ),
  "south-west-scotland": cja(
    "south-west-scotland",
    "South West Scotland Community Justice Authority",
    named("East Ayrshire", "North Ayrshire", "South Ayrshire", "Dumfries & Galloway"),
  ),
  tayside: cja(
    "tayside",
    "Tayside Community Justice Authority",
    named("Angus", "Dundee City", "Perth & Kinross"),
  ),
}))();
