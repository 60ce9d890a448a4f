import { describe, expect, it } from "vitest";
import { rowHeight } from "./row-height";

describe("rowHeight", () => {
  it("leaves a row of one-line cells at the default height", () => {
    expect(rowHeight(["1.10", "July 2008", undefined], [12, 40])).toBeUndefined();
  });

  it("makes a row tall enough for its longest wrapped text, line breaks included", () => {
    expect(rowHeight(["a\nb\nc", "x".repeat(100)], [40, 20])).toBe(72.5);
  });

  it("stops at Excel's highest row", () => {
    expect(rowHeight(["line\n".repeat(200)], [40])).toBe(409);
  });
});
