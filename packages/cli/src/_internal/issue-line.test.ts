import { describe, expect, it } from "vitest";
import { issueLine } from "./issue-line";

describe("issueLine", () => {
  it("leads with file and row, then severity, code, column and action, as editors read them", () => {
    const line = issueLine("plan.csv", {
      code: "timescale/invalid-date",
      severity: "error",
      message: '"31/02/2009" is not a date.',
      path: ["themes", 0],
      row: 12,
      column: "Timescale",
      actionNumber: "2.1.3",
    });
    expect(line).toBe(
      'plan.csv:12: error timescale/invalid-date column "Timescale", action 2.1.3: "31/02/2009" is not a date.',
    );
  });

  it("gives the path where there is no row, and the sheet of a workbook", () => {
    expect(
      issueLine("plan.json", {
        code: "plan/x",
        severity: "warning",
        message: "m",
        path: ["data", "themes", 2],
      }),
    ).toBe("plan.json: warning plan/x at data.themes.2: m");
    expect(
      issueLine("plan.xlsx", { code: "x/y", severity: "info", message: "m", path: [], row: 3, sheet: "Q2" }),
    ).toBe('plan.xlsx:3: info x/y sheet "Q2": m');
  });

  it("names this command's flags where the library's message names its options", () => {
    const line = issueLine("q2.csv", {
      code: "table/progress-without-return",
      severity: "warning",
      message:
        'The table has progress columns ("Progress") but no return was given to read them into (options.progress); their cells are kept as extra columns of the plan.',
      path: [],
      row: 1,
      column: "Progress",
    });
    expect(line).toBe(
      'q2.csv:1: warning table/progress-without-return column "Progress": The table has progress columns ("Progress") but no --return-period was given to read them into a return (e.g. --return-period "2010-11 Q2"); their cells are kept as extra columns of the plan.',
    );
    const heading = issueLine("plan.csv", {
      code: "table/unknown-heading",
      severity: "warning",
      message:
        'No field is known by the heading "Managed By"; its cells are kept as an extra column, printed as its own column. Map it with the headings option, e.g. { "Managed By": "lead" }.',
      path: [],
      row: 1,
      column: "Managed By",
    });
    expect(heading).toContain('Map it with --heading, e.g. --heading "Managed By=lead".');
  });
});
