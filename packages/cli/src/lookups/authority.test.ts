import { describe, expect, it } from "vitest";
import { findAuthority, formerCjaNote } from "./authority";

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

  it.each([
    ["West Dunbartonshire", "west-dunbartonshire", "north-strathclyde"],
    ["S12000039", "west-dunbartonshire", "north-strathclyde"],
    ["Argyll & Bute", "argyll-and-bute", "north-strathclyde"],
  ])("finds the partnership %j by its council area's name or code", (text, id, formerCja) => {
    expect(findAuthority(text)).toMatchObject({ id, kind: "partnership", formerCja });
  });

  it("notes the CJA a partnership's area was in for a document before April 2017", () => {
    const partnership = findAuthority("West Dunbartonshire");
    expect(formerCjaNote(partnership, { from: "2010-11", to: "2010-11" })).toContain(
      "--authority north-strathclyde names it",
    );
    expect(formerCjaNote(partnership, { from: "2017-18", to: "2017-18" })).toBeUndefined();
    expect(formerCjaNote(findAuthority("lanarkshire"), { from: "2010-11", to: "2010-11" })).toBeUndefined();
  });

  it.each(["Atlantis", "", "CJA"])("refuses %j, saying what to give", (text) => {
    expect(() => findAuthority(text)).toThrow(
      /names no known CJA, partnership or national body; give a council area name \(e\.g\. West Dunbartonshire\), its code/,
    );
  });
});
