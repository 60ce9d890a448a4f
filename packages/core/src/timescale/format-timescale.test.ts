import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { hasMarks, normalRuns } from "../_internal/inline-marks";
import type { Run } from "../content/content";
import { CjaKitError } from "../issue/cja-kit-error";
import { formatTimescale } from "./format-timescale";
import { parseTimescale } from "./parse-timescale";
import { parseTimescaleCell } from "./parse-timescale-cell";
import { Timescale } from "./timescale";

// Seed 002 (Lothian & Borders CJA Action Plan 2010-11), a timescale cell with underlined years.
const year1: Timescale = {
  ...parseTimescale("Year 1 Complete data review\nSet target numbers by end of year 2").value,
  runs: [
    [{ text: "Year 1", underline: true }, { text: " Complete data review" }],
    [{ text: "Set target numbers by end of year 2" }],
  ],
};

describe("formatTimescale", () => {
  it("writes the marks of a timescale's runs in the cell notation", () => {
    expect(formatTimescale(year1)).toBe(
      "__Year 1__ Complete data review\nSet target numbers by end of year 2",
    );
  });

  it("writes a timescale without marks as written", () => {
    expect(formatTimescale(parseTimescale("July 2008\r\n1/4ly thereafter").value)).toBe(
      "July 2008\r\n1/4ly thereafter",
    );
  });

  it("escapes wording that would read as a mark, so it reads back the same", () => {
    const odd = parseTimescale("Q1_2010 and _draft_ ^2^").value;
    expect(formatTimescale(odd)).toBe("Q1\\_2010 and \\_draft\\_ \\^2\\^");
    expect(parseTimescaleCell(formatTimescale(odd)).value).toEqual(odd);
  });

  it("refuses runs that are not the wording (CjaKitError)", () => {
    expect(() => formatTimescale({ ...year1, runs: [[{ text: "Year 2", underline: true }]] })).toThrow(
      CjaKitError,
    );
    expect(Timescale.safeParse({ ...year1, runs: [year1.runs?.[0]] }).success).toBe(false);
    expect(Timescale.safeParse(year1).success).toBe(true);
  });
});

const text = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).filter((s) => !/[\r\n]/.test(s)),
  fc.constantFrom("Year 1", "2008-09", "July 2008", "*", "_", "^", "\\", "\\_", "__", " "),
);
const run: fc.Arbitrary<Run> = fc
  .record({
    text,
    bold: fc.boolean(),
    italic: fc.boolean(),
    underline: fc.boolean(),
    superscript: fc.boolean(),
  })
  .map(({ text, ...marks }) => {
    const out: Run = { text };
    for (const [mark, on] of Object.entries(marks)) if (on) out[mark as keyof typeof marks] = true;
    return out;
  });
// A line in its usual form: neighbours with the same marks joined; a marked line shows some text.
const line = fc
  .array(run, { maxLength: 4 })
  .map(normalRuns)
  .filter((runs) => !hasMarks(runs) || runs.some((r) => /\S/.test(r.text)));
const timescale = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines): Timescale => {
  const raw = lines.map((runs) => runs.map((r) => r.text).join("")).join("\n");
  return { ...parseTimescale(raw).value, ...(lines.some(hasMarks) ? { runs: lines } : {}) };
});

describe("a timescale written as a cell and read back", () => {
  test.prop([timescale], { numRuns: 1000 })("is the same timescale, marks and all", (t) => {
    expect(parseTimescaleCell(formatTimescale(t)).value).toEqual(t);
  });
});
