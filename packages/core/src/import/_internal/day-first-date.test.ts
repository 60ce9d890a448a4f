import { describe, expect, it } from "vitest";
import { parseDayFirstDate } from "./day-first-date";

describe("parseDayFirstDate", () => {
  it.each([
    ["2010-09-30", "2010-09-30"],
    ["30/09/2010", "2010-09-30"],
    ["30-09-2010", "2010-09-30"],
    ["30.09.10", "2010-09-30"],
    ["1/4/2011", "2011-04-01"],
    ["30 September 2010", "2010-09-30"],
    ["30-Sep-10", "2010-09-30"],
    ["31st March 2018", "2018-03-31"],
  ])("reads %j day first", (text, date) => {
    expect(parseDayFirstDate(text)).toBe(date);
  });

  it.each(["09/30/2010", "31/02/2010", "Sept", "2010", "30 Smarch 2010"])("refuses %j", (text) => {
    expect(parseDayFirstDate(text)).toBeUndefined();
  });
});
