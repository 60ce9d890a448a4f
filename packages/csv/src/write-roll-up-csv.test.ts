import { assessPlan, rollUp, rollUpByTheme } from "@cja-kit/core";
import {
  lanarkshireImplementationPlan2008_09,
  lanarkshireProgress2008_09Q2,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
} from "@cja-kit/seed-data";
import { parse } from "csv-parse/browser/esm/sync";
import { describe, expect, it } from "vitest";
import { writeRollUpCsv } from "./write-roll-up-csv";

describe("writeRollUpCsv", () => {
  const themes = rollUpByTheme(
    lanarkshireImplementationPlan2008_09.themes,
    assessPlan(lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2),
  );
  const rows = parse(writeRollUpCsv(themes).csv, { bom: true, columns: true }) as Array<
    Record<string, string>
  >;

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

  it("gives each group's coverage beside the counts it comes from, low coverage said", () => {
    for (const row of rows) {
      const share = Number(row.Rated) / Number(row.Actions);
      expect(row.Coverage).toBe(`${Number((share * 100).toFixed(1))}%`);
      expect(row["Low coverage"]).toBe(share < 0.5 ? "Yes" : "No");
      expect(Number(row.Red) + Number(row.Amber) + Number(row.Green)).toBe(Number(row.Rated));
    }
    expect(new Set(rows.map((row) => row.Coverage)).size).toBeGreaterThan(1);
  });

  it("names the return each group was assessed from, and its date", () => {
    expect(rows[0]?.["Assessed at"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows[0]?.Sources).toContain(`: assessed at ${rows[0]?.["Assessed at"]}, `);
    expect(rows[0]?.Sources).toMatch(/, (\d+) of \d+ rated$/);
  });

  it("lists every source of a roll-up across two authorities, one a line, with how much of each was rated", () => {
    const whole = rollUp("plans", "Both authorities", [
      ...assessPlan(lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2),
      ...assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2),
    ]);
    const read = parse(writeRollUpCsv([whole]).csv, { bom: true, columns: true }) as Array<
      Record<string, string>
    >;
    const [both] = read;
    expect(both?.Sources?.split("\n")).toHaveLength(2);
    expect(both?.["Assessed at"]?.split("\n")).toHaveLength(2);
    const rated = (both?.Sources ?? "")
      .split("\n")
      .map((line) => Number(/, (\d+) of \d+ rated$/.exec(line)?.[1]));
    expect(rated.reduce((a, b) => a + b, 0)).toBe(Number(both?.Rated));
  });
});
