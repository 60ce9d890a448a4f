import { describe, expect, it } from "vitest";
import { parseTimescale } from "./parse-timescale";
import { parseTimescaleCell } from "./parse-timescale-cell";

describe("parseTimescaleCell", () => {
  // Seed 002 (Lothian & Borders CJA Action Plan 2010-11): "<u>2008-09</u> Deliver consistent &
  // timely housing advice in all Scottish Prisons" under "1-2 years".
  const cell = "1-2 years\n__2008-09__ Deliver consistent & timely housing advice in all Scottish Prisons";
  const plain = "1-2 years\n2008-09 Deliver consistent & timely housing advice in all Scottish Prisons";

  it("keeps the marks as runs and reads the plain wording as parseTimescale does", () => {
    const read = parseTimescaleCell(cell);
    expect(read.value.raw).toBe(plain);
    expect(read.value.segments).toEqual(parseTimescale(plain).value.segments);
    expect(read.issues).toEqual(parseTimescale(plain).issues);
    expect(read.value.runs).toEqual([
      [{ text: "1-2 years" }],
      [
        { text: "2008-09", underline: true },
        { text: " Deliver consistent & timely housing advice in all Scottish Prisons" },
      ],
    ]);
  });

  it("gives exactly parseTimescale's answer for wording without marks", () => {
    for (const text of [
      "July 2008",
      "Year 1-3\r\n\r\nongoing",
      "a_b x^2 5 * 3",
      "\\\\server\\share 2010",
      "",
    ])
      expect(parseTimescaleCell(text)).toEqual(parseTimescale(text));
  });

  it("keeps the lines as written, empty ones included", () => {
    const read = parseTimescaleCell("**By** March 2011\r\n\r\n_TBA_");
    expect(read.value.raw).toBe("By March 2011\r\n\r\nTBA");
    expect(read.value.runs).toEqual([
      [{ text: "By", bold: true }, { text: " March 2011" }],
      [],
      [{ text: "TBA", italic: true }],
    ]);
  });

  it("reads an escaped mark as text", () => {
    expect(parseTimescaleCell("\\_draft\\_ 2010").value).toEqual(parseTimescale("_draft_ 2010").value);
  });

  it("answers text that is not a string with an issue", () => {
    const read = parseTimescaleCell(42 as unknown as string);
    expect(read.value).toEqual({ raw: "", segments: [] });
    expect(read.issues[0]?.code).toBe("usage/invalid-argument");
  });
});
