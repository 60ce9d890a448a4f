import { describe, expect, it } from "vitest";
import { longDate } from "./long-date";

describe("longDate", () => {
  it.each([
    ["2008-07-31", "31 July 2008"],
    ["2009-01-01", "1 January 2009"],
    ["2010-12-31", "31 December 2010"],
    ["2011-03-31", "31 March 2011"],
  ])("writes %s as %s, whatever the machine's time zone", (date, words) => {
    expect(longDate(date)).toBe(words);
  });
});
