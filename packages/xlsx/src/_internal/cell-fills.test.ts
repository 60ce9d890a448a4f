import { describe, expect, it } from "vitest";
import { cellFills } from "./cell-fills";

describe("cellFills", () => {
  it("names each cell format's solid fill by its colour, leaving white and no fill out", () => {
    const fills: (Record<string, string> | undefined)[] = [
      undefined,
      { rgb: "FFC7CE" },
      { rgb: "ffffffff" },
      { theme: "4" },
      { indexed: "64" },
    ];
    expect(cellFills(fills, [0, 1, 2, 3, 4, 9, Number.NaN])).toEqual([
      undefined,
      "#FFC7CE",
      undefined,
      "theme colour 4",
      undefined,
      undefined,
      undefined,
    ]);
  });
});
