import { describe, expect, it } from "vitest";
import { isTotalsRow, totalsRowIssue } from "./totals-row";

describe("isTotalsRow", () => {
  it.each([
    [["", "Total", "£2,500"]],
    [["TOTAL", "", "£4,500.50"]],
    [["", "", "", "Totals:", "12"]],
    [["Grand total", "£15,000"]],
    [["Sub-total", "£800"]],
    [["Subtotal", "£800"]],
  ])("reads %j as a totals row", (cells) => {
    expect(isTotalsRow(cells)).toBe(true);
  });

  // Wording from the seeds: an action's title may speak of totals without being a totals row.
  it.each([
    [["1.1", "Total", "£2,500"]],
    [["", "Total number of orders completed", "40%"]],
    [["Totally new service", ""]],
    [["", ""]],
  ])("reads %j as no totals row", (cells) => {
    expect(isTotalsRow(cells)).toBe(false);
  });

  it("names the row and its cells", () => {
    expect(totalsRowIssue(3, ["", "Total", "£2,500"], "Action")).toEqual({
      code: "table/totals-row",
      severity: "warning",
      message:
        'Row 3 is a totals row ("Total | £2,500"), not an action: its figures are the sum of the rows above, so it was left out. Check the total against the actions\' own figures if it matters.',
      path: [],
      row: 3,
      column: "Action",
      actual: "Total | £2,500",
    });
  });
});
