import { describe, expect, it } from "vitest";
import { extractPlan, extractProgress } from "../../test/extract";
import { CjaKitError } from "../issue/cja-kit-error";
import type { Plan } from "./plan";
import { type PlanLine, planLines, themeDepth } from "./plan-lines";
import { planTable } from "./plan-table";

const show = (lines: readonly PlanLine[]) =>
  lines.map((line) =>
    line.table === undefined
      ? `theme ${line.themes.map((t) => t.number ?? t.title).join(">")}`
      : `${line.table.action.number}/${line.table.rowIndex}`,
  );

const columns: Plan["columns"] = [{ field: "number", label: "No." }];
const nested: Pick<Plan, "themes" | "columns"> = {
  columns,
  themes: [
    {
      number: "1",
      title: "Reduce reoffending",
      themes: [
        { number: "1.1", title: "Housing", actions: [{ number: "1.1.1", rows: [{}, {}] }] },
        { number: "1.2", title: "Employability" },
      ],
    },
    { number: "2", title: "Victims", actions: [{ number: "2.1", rows: [{}] }] },
  ],
};

describe("planLines", () => {
  it("gives every row of every action under its themes, in the plan table's order", () => {
    const lines = planLines(extractPlan, extractProgress);
    const rows = lines.filter((line) => line.table !== undefined);
    expect(rows.map((line) => line.table?.action.number)).toEqual(
      planTable(extractPlan, extractProgress).map((row) => row.action.number),
    );
    for (const line of rows) expect(line.themes.at(-1)?.actions).toContain(line.table?.action);
  });

  it("puts a theme on a line of its own only where nothing under it has a row", () => {
    expect(show(planLines(nested))).toEqual(["1.1.1/0", "1.1.1/1", "theme 1>1.2", "2.1/0"]);
  });

  it("with headings, puts every theme on a line of its own before its rows", () => {
    expect(show(planLines(nested, undefined, { headings: true }))).toEqual([
      "theme 1",
      "theme 1>1.1",
      "1.1.1/0",
      "1.1.1/1",
      "theme 1>1.2",
      "theme 2",
      "2.1/0",
    ]);
  });

  it("joins the return's progress to its rows", () => {
    const lines = planLines(extractPlan, extractProgress);
    expect(lines.some((line) => line.table?.entry !== undefined)).toBe(true);
  });

  it("refuses a plan that is not a plan", () => {
    expect(() => planLines({ themes: 5 } as never)).toThrow(CjaKitError);
  });
});

describe("themeDepth", () => {
  it("counts the levels of themes", () => {
    expect(themeDepth(undefined)).toBe(0);
    expect(themeDepth([])).toBe(0);
    expect(themeDepth(nested.themes)).toBe(2);
  });

  it("holds for a plan with a great many themes at one level", () => {
    expect(themeDepth(Array.from({ length: 200_000 }, () => ({ title: "Aim" })))).toBe(1);
  });

  it("refuses themes that are not an array of themes", () => {
    expect(() => themeDepth(5 as never)).toThrow(CjaKitError);
  });
});
