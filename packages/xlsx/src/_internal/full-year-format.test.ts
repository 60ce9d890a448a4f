import { describe, expect, it } from "vitest";
import { fullYearFormat } from "./full-year-format";

describe("fullYearFormat", () => {
  it.each([
    ["mmm-yy", "mmm-yyyy"],
    ["mmm yy", "mmm yyyy"],
    ["mm/yy", "mm/yyyy"],
    ["[$-809]mmm\\-yy;@", "[$-809]mmm\\-yyyy;@"],
    ['"Due "mmm-yy', '"Due "mmm-yyyy'],
  ])("writes the year of %s in full: %s", (code, widened) => {
    expect(fullYearFormat({ code, date: true })?.code).toBe(widened);
  });

  it.each([["dd/mm/yy"], ["d-mmm-yy"], ["mmmm yyyy"], ["mmm-yyyy"], ["dd/mm/yyyy"], ['"yy"mmm']])(
    "leaves %s alone: it shows a day or the full year, or no year",
    (code) => {
      expect(fullYearFormat({ code, date: true })).toBeUndefined();
    },
  );

  it("leaves a number format alone", () => {
    expect(fullYearFormat({ code: "0.00", date: false })).toBeUndefined();
  });
});
