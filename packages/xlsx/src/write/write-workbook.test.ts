import { assessPlan, CjaKitError, type Plan, rollUpByTheme } from "@cja-kit/core";
import {
  lanarkshireImplementationPlan2008_09,
  lanarkshireIndicators2010_11,
  lanarkshireProgress2008_09Q2,
  lothianBordersActionPlan2010_11,
  lothianBordersIndicators2009_10,
  lothianBordersProgressYear2,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { expectedGrid, recordGrid } from "../../test/support/expected-grid";
import { workbookSheets } from "../_internal/workbook-sheets";
import { listSheets } from "../read/list-sheets";
import { sheetRecords } from "../read/sheet-records";
import type { WorkbookContents } from "./workbook-contents";
import { writeWorkbook } from "./write-workbook";

const lothian: WorkbookContents = {
  plan: lothianBordersActionPlan2010_11,
  progress: lothianBordersProgressYear2,
  indicators: [lothianBordersIndicators2009_10, lanarkshireIndicators2010_11],
  rollUps: rollUpByTheme(
    lothianBordersActionPlan2010_11.themes,
    assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2),
  ),
};
const lanarkshire: WorkbookContents = {
  plan: lanarkshireImplementationPlan2008_09,
  progress: lanarkshireProgress2008_09Q2,
};

/** A one-action plan whose cells a spreadsheet would rewrite if they were not text. */
const tricky: Plan = {
  kind: "action-plan",
  authority: lanarkshireImplementationPlan2008_09.authority,
  period: { from: "2010-11", to: "2010-11" },
  columns: [
    { field: "number", label: "Number" },
    { field: "title", label: '=HYPERLINK("x")' },
    { field: "timescale", label: "Timescale" },
    { field: "lead", label: "Lead" },
    { field: "extra", key: "formula", label: "=SUM(1+1)" },
  ],
  themes: [
    {
      number: "04",
      title: "Mar-11",
      actions: [
        {
          number: "1.10",
          title: [{ kind: "paragraph", text: "=1+2" }],
          rows: [
            {
              timescale: { raw: "July 2008", segments: [] },
              lead: [
                {
                  kind: "paragraph",
                  text: 'Chief Officer,=1+2 & <SPS> "quoted" _x0041_ 🙂 \u0007bell\r\nnext',
                },
              ],
              extra: { formula: "@SUM(1+1)" },
            },
          ],
        },
        {
          number: "04",
          title: [{ kind: "paragraph", text: "2010-11" }],
          rows: [{ timescale: { raw: "3-2", segments: [] } }],
        },
      ],
    },
  ],
};

describe("writeWorkbook", () => {
  it.each([
    [
      "Lothian & Borders",
      lothian,
      ["Plan", "Ratings", "Progress", "Indicators", "Indicators (2)", "Roll-up", "README"],
    ],
    ["Lanarkshire", lanarkshire, ["Plan", "Ratings", "Progress", "README"]],
  ] as const)(
    "writes %s's kinds a sheet each, README last, and every cell reads back as written",
    (_name, contents, names) => {
      const options = { created: "2010-10-29T09:00:00Z" };
      const { bytes, issues } = writeWorkbook(contents, options);
      expect(issues).toEqual([]);
      expect(listSheets(bytes).sheets.map((s) => s.name)).toEqual(names);
      for (const spec of workbookSheets(contents, options).sheets) {
        const items = sheetRecords(bytes, { sheet: spec.name });
        expect(items.filter((item) => "issue" in item && item.issue.code !== "xlsx/sheet-not-read")).toEqual(
          [],
        );
        expect(recordGrid(items)).toEqual(expectedGrid(spec));
      }
    },
  );

  it("keeps text a spreadsheet would rewrite, and headings and cells that look like formulas, as text", () => {
    const { bytes } = writeWorkbook({ plan: tricky });
    const rows = [...recordGrid(sheetRecords(bytes)).values()];
    const labels =
      'number: Number\ntitle: =HYPERLINK("x")\ntimescale: Timescale\nlead: Lead\nextra[formula]: =SUM(1+1)';
    expect(rows).toEqual([
      [
        "Theme 1 number",
        "Theme 1 title",
        "Number",
        "Title",
        "Timescale",
        "Lead",
        "=SUM(1+1)",
        "Plan column labels",
      ],
      [
        "04",
        "Mar-11",
        "1.10",
        "=1+2",
        "July 2008",
        'Chief Officer,=1+2 & <SPS> "quoted" \\_x0041\\_ 🙂 \u0007bell\r\nnext',
        "@SUM(1+1)",
        labels,
      ],
      ["04", "Mar-11", "04", "2010-11", "3-2"],
    ]);
  });

  it("warns of a cell longer than Excel shows, and writes it whole", () => {
    const long = "x".repeat(40_000);
    const plan: Plan = {
      ...tricky,
      themes: [{ actions: [{ number: "1", title: [{ kind: "paragraph", text: long }], rows: [{}] }] }],
    };
    const { bytes, issues } = writeWorkbook({ plan });
    expect(issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([
      ["xlsx/cell-too-long", "Plan", 2, "Title"],
    ]);
    expect(recordGrid(sheetRecords(bytes)).get(2)?.slice(0, 2)).toEqual(["1", long]);
  });

  it("writes the same bytes for the same data, and the date only when given", () => {
    expect(writeWorkbook(lanarkshire).bytes).toEqual(writeWorkbook(lanarkshire).bytes);
    const readme = (options: { created?: string }) => [
      ...recordGrid(sheetRecords(writeWorkbook(lanarkshire, options).bytes, { sheet: "README" })).values(),
    ];
    expect(readme({ created: "2010-10-29T09:00:00Z" })).toContainEqual(["Written on", "29 October 2010"]);
    expect(readme({}).some((row) => row[0] === "Written on")).toBe(false);
  });

  it("shows no progress on the plan sheet when several returns are given and none is the plan's, and says so", () => {
    const two = [lothianBordersProgressYear2, { ...lothianBordersProgressYear2, planId: "another" }];
    const { issues } = writeWorkbook({
      plan: { ...lothianBordersActionPlan2010_11, id: undefined },
      progress: two,
    });
    expect(issues.map((i) => i.code)).toEqual(["xlsx/progress-not-joined"]);
  });

  it("refuses to write nothing, with a CjaKitError", () => {
    expect(() => writeWorkbook({})).toThrow(CjaKitError);
  });
});
