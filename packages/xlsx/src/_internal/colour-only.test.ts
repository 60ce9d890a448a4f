import { describe, expect, it } from "vitest";
import { colourOnlyIssues } from "./colour-only";

describe("colourOnlyIssues", () => {
  const green = (row: number, column: number) => ({ row, column, colour: "#C6EFCE" });

  it("names a coloured cell with no text inside the table, with its colour", () => {
    const issues = colourOnlyIssues([green(12, 5)], 0, [], 8, "Plan");
    expect(issues.map((i) => [i.code, i.severity, i.row, i.column, i.actual])).toEqual([
      ["xlsx/colour-only", "warning", 12, "F", "#C6EFCE"],
    ]);
    expect(issues[0]?.message).toBe(
      'Cell F12 of sheet "Plan" is coloured (#C6EFCE) but holds no text; a colour alone is not read. If it gives a rating, write it in the cell ("Red", "Amber", "Green").',
    );
  });

  it("passes over cells a merge covers and cells right of the table", () => {
    const issues = colourOnlyIssues(
      [green(4, 1), green(4, 2), green(7, 9), green(7, 3)],
      0,
      ["A4:C4"],
      8,
      "Plan",
    );
    expect(issues.map((i) => `${i.column}${i.row}`)).toEqual(["D7"]);
  });

  it("sums up the cells past those kept in one issue", () => {
    const issues = colourOnlyIssues([green(2, 0)], 2_500, [], 4, "Plan");
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [2, "A"],
      [undefined, undefined],
    ]);
    expect(issues[1]?.message).toBe(
      '2,500 more cells of sheet "Plan" are coloured and hold no text; they are not each named, and a colour alone is not read.',
    );
  });

  it("stays bounded under merges piled on each other", () => {
    const cells = Array.from({ length: 1_000 }, (_, i) => green(i + 1, 0));
    const merges = Array.from({ length: 50_000 }, () => "A1:A1000");
    expect(colourOnlyIssues(cells, 0, merges, 4, "Plan").length).toBeGreaterThanOrEqual(0);
  });
});
