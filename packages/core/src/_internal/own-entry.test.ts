import { describe, expect, it } from "vitest";
import { parseMoney } from "../money/parse-money";
import { parseTimescale } from "../timescale/parse-timescale";
import { ownEntry } from "./own-entry";

describe("ownEntry", () => {
  it("reads a table's own keys, never Object.prototype's", () => {
    const months: Record<string, number> = { july: 7 };
    expect([
      ownEntry(months, "july"),
      ownEntry(months, "constructor"),
      ownEntry(months, "__proto__"),
    ]).toEqual([7, undefined, undefined]);
  });

  it.each([
    "constructor",
    "by constructor 2010",
    "Quarterly constructor",
    "first toString 2010-11",
    "valueOf",
  ])("keeps %j as wording, not a date or interval made from Object.prototype", (wording) => {
    const whens = parseTimescale(wording).value.segments.map((segment) => segment.when);
    expect(JSON.stringify(whens)).not.toContain("function");
    expect(whens.every((when) => when.kind !== "recurring" || when.interval.every > 0)).toBe(true);
  });

  it("reads no amount from a scale word that is only a prototype key", () => {
    expect(parseMoney("£5 constructor").value.amounts.map((amount) => amount.pence)).toEqual([500]);
  });
});
