import { communityJusticeAuthorities, type Plan } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, restoreFormula } from "./_internal/formula";
import { readPlanCsv } from "./read-plan-csv";
import { writePlanCsv } from "./write-plan-csv";

describe("formula injection defence", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+44 1721 726314", "'+44 1721 726314"],
    ["-see above", "'-see above"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["\ncmd", "'\ncmd"],
    ["'=already quoted", "''=already quoted"],
  ])("neutralises %j", (value, safe) => {
    expect(neutraliseFormula(value)).toBe(safe);
    expect(restoreFormula(neutraliseFormula(value))).toBe(value);
  });

  it.each(["-5.5", "+3", "-0.25e3", "£-5", "A-1", "'quoted", ""])("leaves %j alone", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
    expect(restoreFormula(value)).toBe(value);
  });

  const plan: Plan = {
    kind: "action-plan",
    authority: communityJusticeAuthorities.glasgow,
    period: { from: "2010-11", to: "2010-11" },
    columns: [{ field: "number", label: "Number" }],
    themes: [
      {
        title: "Theme",
        actions: [
          {
            number: "1",
            rows: [
              { detail: [{ kind: "paragraph", text: "=1+1" }], extra: { Score: "-5.5", Note: "@risk" } },
            ],
          },
        ],
      },
    ],
  };

  it("writes dangerous cells neutralised and reads them back as they were", () => {
    const { csv } = writePlanCsv(plan);
    expect(csv).toContain(",'=1+1,");
    expect(csv).toContain(",-5.5,'@risk");
    const { themes: _t, columns: _c, ...meta } = plan;
    const read = readPlanCsv(csv, { plan: meta });
    expect(read.ok && read.value.plan.themes).toEqual(plan.themes);
  });

  it("can be turned off", () => {
    expect(writePlanCsv(plan, { escapeFormulas: false }).csv).toContain(",=1+1,");
  });
});
