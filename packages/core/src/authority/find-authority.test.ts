import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "./community-justice-authorities";
import { communityJusticePartnerships, PartnershipId } from "./community-justice-partnerships";
import { findAuthority } from "./find-authority";
import { nationalBodies } from "./national-bodies";

const found = (text: string) => {
  const checked = findAuthority(text);
  return checked.ok ? checked.value : undefined;
};

describe("communityJusticePartnerships", () => {
  it("holds the 32 areas, each with a distinct S12 code and a former CJA", () => {
    const all = Object.values(communityJusticePartnerships);
    expect(all).toHaveLength(32);
    expect(new Set(all.map((p) => p.areaCode)).size).toBe(32);
    expect(all.every((p) => /^S12\d{6}$/.test(p.areaCode ?? ""))).toBe(true);
    expect(PartnershipId.options).toHaveLength(32);
  });

  it("puts every council of the eight CJAs in exactly one partnership that names that CJA", () => {
    const byCja = Object.values(communityJusticePartnerships).reduce<Record<string, number>>((counts, p) => {
      counts[p.formerCja ?? ""] = (counts[p.formerCja ?? ""] ?? 0) + 1;
      return counts;
    }, {});
    const councils = Object.fromEntries(
      Object.entries(communityJusticeAuthorities).map(([id, cja]) => [id, cja.councils.length]),
    );
    expect(byCja).toEqual(councils);
  });

  it.each([
    ["city-of-edinburgh", "S12000036"],
    ["west-dunbartonshire", "S12000039"],
    ["glasgow-city", "S12000049"],
    ["north-lanarkshire", "S12000050"],
    ["aberdeen-city", "S12000033"],
  ] as const)("gives %s the code %s", (id, code) => {
    expect(communityJusticePartnerships[id].areaCode).toBe(code);
  });
});

describe("findAuthority", () => {
  it.each([
    ["West Dunbartonshire", "west-dunbartonshire"],
    ["S12000039", "west-dunbartonshire"],
    ["s12000036", "city-of-edinburgh"],
    ["West Dunbartonshire Council", "west-dunbartonshire"],
    ["Community Planning West Dunbartonshire", "west-dunbartonshire"],
    ["Argyll & Bute", "argyll-and-bute"],
    ["Perth & Kinross Community Justice Partnership", "perth-and-kinross"],
    ["Eilean Siar", "na-h-eileanan-siar"],
    ["Edinburgh", "city-of-edinburgh"],
    ["S12000046", "glasgow-city"],
    ["Community Justice Scotland", "community-justice-scotland"],
    ["scottish government", "scottish-government"],
  ])("finds %s", (text, id) => {
    expect(found(text)?.id).toBe(id);
  });

  it.each([
    ["lanarkshire", "lanarkshire"],
    ["Lothian & Borders CJA", "lothian-borders"],
    ["Lothian and Borders Community Justice Authority", "lothian-borders"],
    ["north-strathclyde", "north-strathclyde"],
  ])("finds the CJA %s", (text, cja) => {
    expect(found(text)).toMatchObject({ kind: "cja", cja });
  });

  it("reads Glasgow as the CJA (its id) and warns that the city's partnership could be meant", () => {
    const checked = findAuthority("Glasgow");
    expect(checked.ok && checked.value.cja).toBe("glasgow");
    expect(checked.issues.map((issue) => issue.code)).toEqual(["authority/ambiguous"]);
    expect(checked.issues[0]?.message).toMatch(/Glasgow City \(partnership, S12000049\)/);
  });

  it("names no body for unknown or empty text, keeping the text", () => {
    for (const text of ["Gotham", "", "S12999999"]) {
      const checked = findAuthority(text);
      expect(checked.ok).toBe(false);
      expect(checked.issues[0]).toMatchObject({ code: "authority/unknown", actual: text });
    }
  });

  it("gives the national bodies no councils", () => {
    expect(nationalBodies["community-justice-scotland"].councils).toEqual([]);
  });
});
