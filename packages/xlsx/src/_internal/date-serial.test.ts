import { describe, expect, it } from "vitest";
import { dateSerial } from "./date-serial";

describe("dateSerial", () => {
  it.each([
    ["2008-07-01", 39630],
    ["2010-09-30", 40451],
    ["1900-03-01", 61],
  ])("%s is serial %i, as Excel and LibreOffice count", (date, serial) => {
    expect(dateSerial(date)).toBe(serial);
  });

  it("refuses what is not a calendar date of the 1900 system", () => {
    expect(["2010-02-30", "30/09/2010", "1899-12-31", ""].map(dateSerial)).toEqual(Array(4).fill(undefined));
  });
});
