import {
  communityJusticeAuthorities,
  type Issue,
  type Plan,
  parseTimescale,
  planActions,
} from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "./read-plan-csv";
import { readProgressCsv } from "./read-progress-csv";
import { writePlanCsv } from "./write-plan-csv";

// Action numbers, periods and timescales as the seed plans write them: Lanarkshire's 2008-09 plan
// ("July 2008", "August 2008"), Lothian & Borders' 2010-11 plan ("2008-11", "2010/11", "July 08"),
// with action numbers a spreadsheet shortens (1.10, 04).
const plan: Plan = {
  kind: "action-plan",
  authority: communityJusticeAuthorities.lanarkshire,
  period: { from: "2010-11", to: "2010-11" },
  columns: [
    { field: "number", label: "Action" },
    { field: "title", label: "Key Measure" },
    { field: "timescale", label: "Timescale" },
  ],
  themes: [
    {
      number: "1",
      title: "Reducing reoffending",
      actions: ["1.8", "1.9", "1.10", "04"].map((number, i) => ({
        number,
        title: [{ kind: "paragraph" as const, text: `Action ${number}` }],
        rows: [{ timescale: parseTimescale(["July 2008", "2008-11", "Mar-11", "3-2"][i] ?? "").value }],
      })),
    },
  ],
};
const { themes: _themes, columns: _columns, ...meta } = plan;
const numbers = (read: ReturnType<typeof readPlanCsv>) =>
  read.ok ? planActions(read.value.plan).map(({ action }) => action.number) : [];
const timescales = (read: ReturnType<typeof readPlanCsv>) =>
  read.ok ? planActions(read.value.plan).map(({ action }) => action.rows[0]?.timescale?.raw) : [];
const rewrites = (issues: readonly Issue[]) =>
  issues.filter((issue) => issue.code === "csv/spreadsheet-rewrite");

describe("CSV that survives a spreadsheet (issue 14, finding 1)", () => {
  it("writes the document layout with the values a spreadsheet rewrites kept as text", () => {
    const { csv } = writePlanCsv(plan, { layout: "document" });
    for (const value of ["'1.10", "'04", "'July 2008", "'2008-11", "'Mar-11", "'3-2"])
      expect(csv).toContain(value);
    expect(csv).toContain("\r\n1.9,");
    const read = readPlanCsv(csv, { plan: { ...meta, columns: plan.columns } });
    expect(numbers(read)).toEqual(["1.8", "1.9", "1.10", "04"]);
    expect(timescales(read)).toEqual(["July 2008", "2008-11", "Mar-11", "3-2"]);
    expect(rewrites(read.issues)).toEqual([]);
  });

  it("writes the canonical layout bare unless asked, and either way reads back the same", () => {
    const bare = writePlanCsv(plan).csv;
    const kept = writePlanCsv(plan, { protectValues: true }).csv;
    expect(bare).toContain(",1.10,");
    expect(kept).toContain(",'1.10,");
    expect(numbers(readPlanCsv(kept, { plan: meta }))).toEqual(numbers(readPlanCsv(bare, { plan: meta })));
  });

  // What a spreadsheet writes back when the values were not protected (Excel, en-US: the issue's
  // own example; 2010-11 → Nov-10, July 2008 → 07/01/08, 1.10 → 1.1, 3-2 → 02-Mar).
  const rewritten = [
    "Action,Key Measure,Timescale",
    "1.8,Action 1.8,07/01/08",
    "1.9,Action 1.9,Nov-08",
    "1.1,Action 1.10,Mar-11",
    "4,Action 04,02-Mar",
  ].join("\r\n");

  it("flags each value a spreadsheet rewrote, located, and keeps its wording as written", () => {
    const read = readPlanCsv(rewritten, { plan: { ...meta, columns: plan.columns } });
    expect(timescales(read)).toEqual(["07/01/08", "Nov-08", "Mar-11", "02-Mar"]);
    expect(numbers(read)).toContain("1.1");
    expect(rewrites(read.issues).map((issue) => [issue.row, issue.column, issue.actual])).toEqual([
      [2, "Timescale", "07/01/08"],
      [3, "Timescale", "Nov-08"],
      [4, "Action", "1.1"],
      [4, "Timescale", "Mar-11"],
      [5, "Timescale", "02-Mar"],
    ]);
    expect(rewrites(read.issues).find((issue) => issue.actual === "1.1")?.message).toContain("1.10");
  });

  it("does not guess: a timescale read from a rewritten cell keeps the spreadsheet's wording", () => {
    const read = readPlanCsv(rewritten, { plan: { ...meta, columns: plan.columns } });
    const first = read.ok ? planActions(read.value.plan)[0]?.action.rows[0]?.timescale : undefined;
    expect(first?.raw).toBe("07/01/08");
  });

  it("leaves a protected cell alone, and a number that follows its own numbering", () => {
    const read = readPlanCsv("Action,Key Measure,Timescale\r\n1.1,A,'Mar-11\r\n1.2,B,2010-11 Q2\r\n", {
      plan: { ...meta, columns: plan.columns },
    });
    expect(rewrites(read.issues)).toEqual([]);
  });

  it("flags a period a spreadsheet rewrote in a progress CSV", () => {
    const read = readProgressCsv("Period,Action,Progress\r\nNov-10,1.1,Started\r\n", {
      authority: communityJusticeAuthorities.lanarkshire,
    });
    expect(read.issues.map((issue) => issue.code)).toContain("csv/spreadsheet-rewrite");
  });
});

describe("headings escaped and restored like cells (issue 14, finding 4)", () => {
  const withHeading: Plan = {
    ...plan,
    columns: [...plan.columns, { field: "extra", key: '=HYPERLINK("x")', label: '=HYPERLINK("x")' }],
    themes: [
      {
        title: "Theme",
        actions: [{ number: "1", rows: [{ extra: { '=HYPERLINK("x")': "@risk" } }] }],
      },
    ],
  };

  it.each(["canonical", "document"] as const)(
    "keeps a formula-like heading the same over three round trips (%s)",
    (layout) => {
      let current = withHeading;
      const written: string[] = [];
      for (let trip = 0; trip < 3; trip++) {
        const { csv } = writePlanCsv(current, { layout });
        written.push(csv);
        const read = readPlanCsv(csv, { plan: meta });
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        current = read.value.plan;
      }
      for (const csv of written)
        expect(csv.slice(0, csv.indexOf("\r\n"))).toMatch(/,"'=HYPERLINK\(""x""\)"$/);
      const extras = planActions(current).flatMap(({ action }) => action.rows.map((row) => row.extra));
      expect(extras).toContainEqual({ '=HYPERLINK("x")': "@risk" });
    },
  );
});
