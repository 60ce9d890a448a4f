import { communityJusticeAuthorities, type Plan } from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
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

  it.each(["-5.5", "+3", "-0.25e3", "£-5", "A-1", "'quoted", "", "1.10", "2010-11", "Lead: SPS, NHS"])(
    "leaves %j alone",
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
      expect(restoreFormula(value)).toBe(value);
    },
  );

  // Issue 14 finding 3: a formula start hidden behind spaces, invisible characters or full-width
  // forms, or after a delimiter or a line break, where a spreadsheet may start a new cell.
  it.each([
    [" =1+2", "' =1+2"],
    ["\u00A0=1+2", "'\u00A0=1+2"],
    ["\u200B=1+2", "'\u200B=1+2"],
    ["\uFEFF@SUM(1+1)", "'\uFEFF@SUM(1+1)"],
    ["\uFF1D1+2", "'\uFF1D1+2"],
    ["\uFF0B1", "'\uFF0B1"],
    ["\uFF0DHYPERLINK()", "'\uFF0DHYPERLINK()"],
    ["\uFF20SUM(1)", "'\uFF20SUM(1)"],
    ["Chief Officer,=1+2", "Chief Officer,'=1+2"],
    ["SPS;=1+2;@SUM(1+1)", "SPS;'=1+2;'@SUM(1+1)"],
    ["SPS; =1+2", "SPS;' =1+2"],
    ["Police\n=1+2", "Police\n'=1+2"],
    ["Police\r\n+44 1721 726314", "Police\r\n'+44 1721 726314"],
    ["SPS,'=1", "SPS,''=1"],
    ["\n=1", "'\n'=1"],
    ["Budget,-5.5", "Budget,-5.5"],
    ["Score;-5;x", "Score;-5;x"],
  ])("neutralises %j beyond OWASP's first character", (value, safe) => {
    expect(neutraliseFormula(value)).toBe(safe);
    expect(restoreFormula(neutraliseFormula(value))).toBe(value);
  });

  // Issue 14 finding 1: values a spreadsheet rewrites on opening, kept as text when protected.
  it.each([
    ["1.10", "'1.10"],
    ["04", "'04"],
    ["2010-11", "'2010-11"],
    ["Mar-11", "'Mar-11"],
    ["3-2", "'3-2"],
    ["July 2008", "'July 2008"],
    ["2008-11", "'2008-11"],
    ["'1.10", "''1.10"],
    ["1.1", "1.1"],
    ["12", "12"],
    ["2.1.3", "2.1.3"],
    ["2010-11 Q2", "2010-11 Q2"],
    ["By March 2011", "By March 2011"],
  ])("with protect, writes %j as %j and reads it back", (value, safe) => {
    expect(neutraliseFormula(value, true)).toBe(safe);
    expect(restoreFormula(neutraliseFormula(value, true))).toBe(value);
  });

  it("reads back a leading ' before a value even when not protecting, so the ' itself survives", () => {
    expect(neutraliseFormula("'04")).toBe("''04");
    expect(restoreFormula("''04")).toBe("'04");
    expect(restoreFormula("'04")).toBe("04");
  });

  // Text built from the characters the rules look at, so that every rule meets every other.
  const tricky = fc
    .array(
      fc.constantFrom(
        "'",
        "=",
        "+",
        "-",
        "@",
        ",",
        ";",
        "\r",
        "\n",
        "\t",
        " ",
        "\u00A0",
        "\u200B",
        "\uFF1D",
        "1",
        ".",
        "0",
        "a",
        "Mar",
        "July 2008",
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(""));

  test.prop([fc.oneof(tricky, fc.string()), fc.boolean()])(
    "reading undoes writing exactly, for any text",
    (value, protect) => {
      expect(restoreFormula(neutraliseFormula(value, protect))).toBe(value);
    },
  );

  test.prop([tricky])(
    "leaves no cell, nor any part after a delimiter or line break, starting a formula",
    (value) => {
      const safe = neutraliseFormula(value);
      const number = /^[\t \u00A0\u200B]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)[\t \u00A0\u200B]*$/;
      for (const part of safe.split(/[,;\r\n]/).filter((p) => !number.test(p)))
        expect(part).not.toMatch(/^[\t \u00A0\u200B]*[=+\-@\uFF1D]/);
    },
  );

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
