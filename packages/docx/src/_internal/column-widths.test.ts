import { describe, expect, it } from "vitest";
import type { MeasuredParagraph } from "./cell-measure";
import { contentWidths, fitWidths, splitWidth } from "./column-widths";
import { textWidth } from "./text-measure";

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const cell = (...texts: string[]): MeasuredParagraph[] =>
  texts.map((text) => ({ text, indent: 0, bold: false }));

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

  it("keeps minima that fit, and scales down minima that would not fit the width", () => {
    expect(fitWidths([3, 1], [4500, 4500], 10000)).toEqual([5500, 4500]);
    const widths = fitWidths([3, 1], [6000, 6000], 10000);
    expect(sum(widths)).toBe(10000);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    expect(widths[1]).toBe(4750);
  });
});

describe("contentWidths", () => {
  // Wording from seed 002's action table (Lothian & Borders CJA Action Plan 2010-11).
  const long =
    "Group established and working. Agreement reached to recognise achievement of offender work undertaken as part of CSO and recognition of H&S and manual handling skills. Retrain CS workforce is a year 2 ambition for which additional resources are required";
  const rows = [
    [
      cell("Key Measure"),
      cell("Year 2 Progress/ Amendments"),
      cell("Resources"),
      cell("2011-14 Area Plan y/n"),
    ],
    [cell("2.2.3. (A1 ; B1-B5)"), cell(long), cell("£25k allocated from existing resources"), cell("YES")],
    [cell("2.2.4"), cell(long, long), cell("Already planned for"), cell("YES")],
  ];

  it("fills the width exactly, in whole twips", () => {
    const widths = contentWidths(rows, 14570, 18);
    expect(sum(widths)).toBe(14570);
    expect(widths.every(Number.isInteger)).toBe(true);
  });

  it("makes no column narrower than its longest word, in bold where it is bold", () => {
    const bold = rows.map((row, r) => row.map((c) => c.map((p) => ({ ...p, bold: r === 0 }))));
    const widths = contentWidths(bold, 14570, 18);
    expect(widths[3]).toBeGreaterThan(textWidth("2011-14", 18, true) + 170);
    expect(widths[0]).toBeGreaterThan(textWidth("Measure", 18, true) + 170);
  });

  it("gives the column of long text the most room, not a narrow share", () => {
    const widths = contentWidths(rows, 14570, 18);
    expect(widths[1]).toBe(Math.max(...widths));
    expect((widths[1] ?? 0) / 14570).toBeGreaterThan(0.4);
  });

  it("answers a table of thousands of rows, sampling them", () => {
    const many = Array.from({ length: 5000 }, (_, i) => [
      cell(String(i)),
      cell(long),
      cell("CJSW"),
      cell("YES"),
    ]);
    expect(sum(contentWidths(many, 14570, 18))).toBe(14570);
  });
});
