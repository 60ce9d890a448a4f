import { describe, expect, it } from "vitest";
import { extractPlan, extractProgress } from "../../test/extract";
import { planTable } from "./plan-table";
import { planTableByTheme } from "./plan-table-by-theme";

describe("planTableByTheme", () => {
  const byTheme = planTableByTheme(extractPlan, extractProgress);

  it("gives each theme holding actions its rows, named by the theme's path, with progress joined", () => {
    const numbers = Object.fromEntries(
      [...byTheme].map(([theme, rows]) => [theme, rows.map((row) => `${row.action.number}/${row.rowIndex}`)]),
    );
    expect(Object.values(numbers).flat()).toEqual(
      planTable(extractPlan, extractProgress).map((row) => `${row.action.number}/${row.rowIndex}`),
    );
    for (const [theme, rows] of byTheme)
      for (const row of rows) expect(row.path.slice(0, -2).join("/")).toBe(theme);
    expect(numbers["themes/0/themes/1"]).toEqual(["2.4.2./0", "2.4.2./1", "2.4.2./2"]);
  });

  it("keeps a theme object that stands in two places apart", () => {
    const [theme] = extractPlan.themes;
    if (theme === undefined) throw new Error("the extract has themes");
    const twice = planTableByTheme({ ...extractPlan, themes: [theme, theme] });
    const first = [...twice].filter(([path]) => path.startsWith("themes/0/")).flatMap(([, rows]) => rows);
    const second = [...twice].filter(([path]) => path.startsWith("themes/1/")).flatMap(([, rows]) => rows);
    expect(first.length).toBeGreaterThan(0);
    expect(second.map((row) => row.action.number)).toEqual(first.map((row) => row.action.number));
  });
});
