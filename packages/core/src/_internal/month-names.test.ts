import { describe, expect, it } from "vitest";
import { MONTH_NAMES, monthName, monthNumber } from "./month-names";

describe("monthName", () => {
  it("names each month 1-12 and nothing else", () => {
    expect([1, 3, 9, 12].map(monthName)).toEqual(["January", "March", "September", "December"]);
    expect([0, 13, Number.NaN, 1.5].map(monthName)).toEqual(["", "", "", ""]);
  });
});

describe("monthNumber", () => {
  it.each([
    ["September", 9],
    ["Sept", 9],
    ["sep.", 9],
    ["MAR", 3],
    ["May", 5],
    ["june", 6],
  ])("reads %s as month %i", (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  it("reads no month from fewer than three letters or a word that is not a month's start", () => {
    expect(["Ma", "J", "", "Septembre", "Mayday", "constructor"].map(monthNumber)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads back every name it writes", () => {
    expect(MONTH_NAMES.map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
