import { describe, expect, it } from "vitest";
import { columnLetters, parseCellRef, parseRange } from "./column-letters";

describe("columnLetters and parseCellRef", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("column %i is %s, and back", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(parseCellRef(`${letters}7`)).toEqual({ column: index, row: 7 });
  });

  it("reads absolute references and refuses what is not a cell within Excel's grid", () => {
    expect(parseCellRef("$B$12")).toEqual({ column: 1, row: 12 });
    expect(["XFE1", "A0", "1A", "", "A1B", "AAAA1"].map(parseCellRef)).toEqual(Array(6).fill(undefined));
  });

  it("reads the seven-digit rows a sheet can number, lower case and spaced references, and nothing longer", () => {
    expect(parseCellRef("A9999999")).toEqual({ column: 0, row: 9_999_999 });
    expect(parseCellRef("XFD1048576")).toEqual({ column: 16_383, row: 1_048_576 });
    expect(parseCellRef(" b12 ")).toEqual({ column: 1, row: 12 });
    expect(["A10000000", "A01", "B1.5", "B-1", "B12 x"].map(parseCellRef)).toEqual(Array(5).fill(undefined));
  });

  it("reads a range either way round, and one cell as a range", () => {
    expect(parseRange("C3:A1")).toEqual({ from: { column: 0, row: 1 }, to: { column: 2, row: 3 } });
    expect(parseRange("B2")).toEqual({ from: { column: 1, row: 2 }, to: { column: 1, row: 2 } });
    expect(parseRange("A1:ZZZZ9")).toBeUndefined();
  });
});
