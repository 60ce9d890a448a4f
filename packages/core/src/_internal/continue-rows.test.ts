import { describe, expect, it } from "vitest";
import { parseTimescale } from "../timescale/parse-timescale";
import { parseTimescaleCell } from "../timescale/parse-timescale-cell";
import { continueRow } from "./continue-rows";

// Seed 002 (Lothian & Borders CJA Action Plan 2010-11): a timescale cell cut by a page break.
describe("continueRow", () => {
  it("joins two timescales on separate lines, keeping the marks of either", () => {
    const row = { timescale: parseTimescale("1-2 years").value };
    const more = {
      timescale: parseTimescaleCell("__2008-09__ Deliver consistent & timely housing advice").value,
    };
    const joined = continueRow(row, more).timescale;
    expect(joined?.raw).toBe("1-2 years\n2008-09 Deliver consistent & timely housing advice");
    expect(joined?.segments).toEqual(parseTimescale(joined?.raw ?? "").value.segments);
    expect(joined?.runs).toEqual([
      [{ text: "1-2 years" }],
      [{ text: "2008-09", underline: true }, { text: " Deliver consistent & timely housing advice" }],
    ]);
  });

  it("joins timescales without marks as their wording alone", () => {
    const joined = continueRow(
      { timescale: parseTimescale("July 2008").value },
      { timescale: parseTimescale("2009").value },
    );
    expect(joined.timescale).toEqual(parseTimescale("July 2008\n2009").value);
  });
});
