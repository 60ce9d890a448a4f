import { describe, expect, it } from "vitest";
import { readInline, writeInline } from "./inline-marks";

// Wording from the seeds, with the marks the source gives it (seed 002, Lothian & Borders CJA
// Action Plan 2010-11: `<u>2008-09</u>`, `5 <sup>th</sup> June 2008`, `<b>integrate with 3.1.1.</b>`).
describe("readInline", () => {
  it("reads underlined years, superscript ordinals and bold phrases", () => {
    expect(
      readInline("__2008-09__ Deliver consistent & timely housing advice in all Scottish Prisons"),
    ).toEqual([
      { text: "2008-09", underline: true },
      { text: " Deliver consistent & timely housing advice in all Scottish Prisons" },
    ]);
    expect(readInline("adopted by the CJA at their meeting on 5^th^ June 2008.")).toEqual([
      { text: "adopted by the CJA at their meeting on 5" },
      { text: "th", superscript: true },
      { text: " June 2008." },
    ]);
    expect(readInline("Community Planning – **integrate with 3.1.1.**")).toEqual([
      { text: "Community Planning – " },
      { text: "integrate with 3.1.1.", bold: true },
    ]);
    expect(readInline("_Reducing Reoffending_ (2008)")).toEqual([
      { text: "Reducing Reoffending", italic: true },
      { text: " (2008)" },
    ]);
  });

  it("reads marks that overlap or nest", () => {
    expect(readInline("**bold __both** under__")).toEqual([
      { text: "bold ", bold: true },
      { text: "both", bold: true, underline: true },
      { text: " under", underline: true },
    ]);
    expect(readInline("___x___")).toEqual([{ text: "x", italic: true, underline: true }]);
  });

  it("reads a delimiter without a partner, or with nothing between, as text", () => {
    for (const text of ["5 * 3", "2 ** 8", "a_b", "x^2", "****", "** **", "a ^^ b", "_", "file__name"]) {
      expect(readInline(text)).toEqual([{ text }]);
    }
  });

  it("reads a backslash before *, _ or ^ as an escape, two as one backslash, and others as text", () => {
    expect(readInline("\\**not bold\\**")).toEqual([{ text: "**not bold**" }]);
    expect(readInline("C:\\\\_a_")).toEqual([{ text: "C:\\" }, { text: "a", italic: true }]);
    expect(readInline("\\\\server\\share")).toEqual([{ text: "\\\\server\\share" }]);
  });

  it("writes runs so that they read back, escaping only when asked", () => {
    const runs = [{ text: "5" }, { text: "th", superscript: true }, { text: " June *2008*" }];
    expect(writeInline(runs, false)).toBe("5^th^ June *2008*");
    expect(writeInline(runs, true)).toBe("5^th^ June \\*2008\\*");
    expect(readInline(writeInline(runs, true))).toEqual(runs);
    const backslash = [{ text: "a\\" }, { text: "b", bold: true }];
    expect(writeInline(backslash, true)).toBe("a\\\\**b**");
    expect(readInline(writeInline(backslash, true))).toEqual(backslash);
  });
});
