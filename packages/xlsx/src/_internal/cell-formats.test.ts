import { describe, expect, it } from "vitest";
import { cellFormats } from "./cell-formats";

describe("cellFormats", () => {
  it("takes a custom code where the id has one, else the built-in format as a UK reader sees it", () => {
    const formats = cellFormats(new Map([[164, "mmm-yy"]]), [164, 14, 0, 1.5, 9]);
    expect(formats.map((f) => [f.code, f.date])).toEqual([
      ["mmm-yy", true],
      ["dd/mm/yyyy", true],
      ["General", false],
      ["General", false],
      ["0%", false],
    ]);
  });

  it("makes each id's format once, shared by the cell formats that use it", () => {
    const formats = cellFormats(new Map([[164, "0.0%"]]), [164, 164]);
    expect(formats[0]).toBe(formats[1]);
  });
});
