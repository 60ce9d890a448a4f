import { describe, expect, it } from "vitest";
import { lineCount, textWidth } from "./text-measure";

// Widths from the Adobe core-font metrics (Helvetica.afm, Helvetica-Bold.afm), which Arial and
// Liberation Sans share: "responsibility" is 5779 units regular and 6502 bold, per 1000 em.

describe("textWidth", () => {
  it("measures regular and bold text by their own metrics, in twips", () => {
    expect(textWidth("responsibility", 18)).toBeCloseTo((5779 / 1000) * 9 * 20, 6);
    expect(textWidth("responsibility", 18, true)).toBeCloseTo((6502 / 1000) * 9 * 20, 6);
    expect(textWidth("Lead", 18, true)).toBeCloseTo(((611 + 556 + 556 + 611) / 1000) * 9 * 20, 6);
  });

  it("counts a character outside ASCII as an average letter of its weight", () => {
    expect(textWidth("é", 20)).toBeCloseTo(556 / 5, 6);
    expect(textWidth("é", 20, true)).toBeCloseTo(611 / 5, 6);
  });
});

describe("lineCount", () => {
  it("keeps a bold label on one line in exactly its own width, and breaks it in less", () => {
    const width = textWidth("responsibility", 18, true);
    expect(lineCount("responsibility", Math.ceil(width), 18, true)).toBe(1);
    expect(lineCount("responsibility", Math.floor(width) - 1, 18, true)).toBe(2);
  });
});
