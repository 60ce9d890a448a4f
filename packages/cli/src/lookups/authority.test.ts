import { describe, expect, it } from "vitest";
import { findAuthority } from "./authority";

describe("findAuthority", () => {
  it.each([
    ["lanarkshire", "lanarkshire"],
    ["Lanarkshire", "lanarkshire"],
    ["lothian-borders", "lothian-borders"],
    ["Lothian & Borders", "lothian-borders"],
    ["Lothian and Borders", "lothian-borders"],
    ["Lothian & Borders Community Justice Authority", "lothian-borders"],
    ["North Strathclyde CJA", "north-strathclyde"],
    ["  FIFE & FORTH VALLEY ", "fife-forth-valley"],
    ["South West Scotland", "south-west-scotland"],
  ])("finds %j by code or name", (text, cja) => {
    expect(findAuthority(text).cja).toBe(cja);
  });

  it("names the CJA a council belonged to, rather than guessing", () => {
    expect(() => findAuthority("West Dunbartonshire")).toThrow(
      /"West Dunbartonshire" is not an authority cja-kit knows: it is a council of North Strathclyde Community Justice Authority \(--authority north-strathclyde\)/,
    );
  });

  it.each(["Atlantis", "", "CJA"])("refuses %j, listing the codes", (text) => {
    expect(() => findAuthority(text)).toThrow(/give one of fife-forth-valley, glasgow, lanarkshire/);
  });
});
