import { describe, expect, it } from "vitest";
import { rewriteNotes } from "./spreadsheet-rewrites";

const kinds = (cells: string[], last = new Map<number, string>()) =>
  rewriteNotes(2, cells, last).map((note) => [note.index, note.kind]);

describe("rewriteNotes", () => {
  it("notes the longest date forms a spreadsheet writes, at the length where longer cells are passed over", () => {
    // 13 characters each: the longest cells a date form matches.
    expect(kinds(["September.-11", "12-September."])).toEqual([
      [0, "date"],
      [1, "date"],
    ]);
    expect(kinds(["Nov-10", "03-Feb", "07/01/08"])).toEqual([
      [0, "date"],
      [1, "date"],
      [2, "date"],
    ]);
    expect(kinds(["September 2011", "Minutes forwarded", "Sept-2011"])).toEqual([]);
  });

  it("reads a long number cell against the one above it, however long up to 40 characters", () => {
    const last = new Map<number, string>();
    expect(kinds(["1.2.3.4.5.6.7.8.9.10.11.12.13.19"], last)).toEqual([]);
    expect(kinds(["1.2.3.4.5.6.7.8.9.10.11.12.13.2"], last)).toEqual([[0, "number"]]);
  });
});
