import { assessPlan, rollUpByTheme } from "@cja-kit/core";
import { lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2 } from "@cja-kit/seed-data";
import { parse } from "csv-parse/browser/esm/sync";
import { describe, expect, it } from "vitest";
import { writeRollUpCsv } from "./write-roll-up-csv";

describe("writeRollUpCsv", () => {
  const themes = rollUpByTheme(
    lanarkshireImplementationPlan2008_09.themes,
    assessPlan(lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2),
  );
  const rows = parse(writeRollUpCsv(themes), { bom: true, columns: true }) as Array<Record<string, string>>;

  it("writes a row per theme and sub-theme, with the rating as a word and its reasons", () => {
    expect(rows[0]).toMatchObject({
      Key: "theme:0",
      Level: "1",
      Group: "2. Offender Groups",
      Rule: "worst-of",
    });
    expect(rows.map((row) => row.Level)).toContain("3");
    expect(rows.every((row) => ["Red", "Amber", "Green", "Not rated"].includes(row.Rating ?? ""))).toBe(true);
    expect(rows.every((row) => (row.Because ?? "").length > 0)).toBe(true);
  });

  it("counts every action once at the top level", () => {
    const top = rows.filter((row) => row.Level === "1");
    expect(top.reduce((n, row) => n + Number(row.Actions), 0)).toBe(12);
    expect(
      top.reduce(
        (n, row) => n + Number(row.Red) + Number(row.Amber) + Number(row.Green) + Number(row["Not rated"]),
        0,
      ),
    ).toBe(12);
  });

  it("lists the actions that decided a rating, one per line", () => {
    const decided = rows.find((row) => row.Rating === "Amber");
    expect(decided?.["Decided by"]).toMatch(/^\d+(\.\d+)+: Reported /m);
  });
});
