import type { Column } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { columnWidths, fitWidths, longestWord, splitWidth, wordWidth } from "./column-widths";

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("splitWidth", () => {
  it.each([
    [[1, 1, 1], 14570],
    [[1, 3], 9638],
    [[2.4, 2.6, 1.35, 2.6, 2.2, 1.6, 1.15, 0.85], 14570],
  ])("splits by %j into whole twips adding up to exactly %i", (weights, total) => {
    const widths = splitWidth(weights, total);
    expect(sum(widths)).toBe(total);
    expect(widths.every(Number.isInteger)).toBe(true);
  });
});

describe("fitWidths", () => {
  it("gives a column its minimum when its share would be smaller, taking the room from the others", () => {
    const widths = fitWidths([0.1, 1, 1], [2000, 0, 0], 10000);
    expect(widths[0]).toBe(2000);
    expect(sum(widths)).toBe(10000);
    expect(widths[1]).toBe(widths[2]);
  });

  it("scales minima that would take most of the page down, so the weights still count", () => {
    const widths = fitWidths([3, 1], [6000, 6000], 10000);
    expect(sum(widths)).toBe(10000);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect(widths[1]).toBeGreaterThanOrEqual(4000);
  });
});

describe("columnWidths", () => {
  it("weights the seed 003 columns so the aim, objective and progress get the most room", () => {
    const columns: Column[] = [
      { field: "number", label: "Action Number" },
      { field: "aim", label: "Aim" },
      { field: "progress", label: "Progress" },
    ];
    const [number = 0, aim = 0, progress = 0] = columnWidths(columns, 14570);
    expect(number).toBeLessThan(aim);
    expect(aim).toBeLessThan(progress);
  });
});

describe("longestWord and wordWidth", () => {
  it("finds the longest word and leaves room for it in bold", () => {
    expect(longestWord(["Action Number", "Accommodation"], 16)).toBe(13);
    expect(longestWord(["clerical/administrative Re-sources"])).toBe(14);
    expect(longestWord(["2011-14 Area Plan y/n"])).toBe(5);
    expect(longestWord(["2011-14 Area Plan y/n"], 16, /\s+/)).toBe(7);
    expect(wordWidth(6, 18, true)).toBeGreaterThan(wordWidth(6, 18));
  });
});
