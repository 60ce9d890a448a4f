import { eastLothianPerformanceReport2023_24 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { fullAnnualReport } from "../../test/support/annual-report";
import {
  cellsOf,
  fillOf,
  paragraphsOf,
  partOf,
  rowsOf,
  stylesOf,
  tablesOf,
  textOf,
} from "../../test/support/xml";
import { renderAnnualPerformanceReport } from "./render-annual-performance-report";

// East Lothian Community Justice Performance Report 2023-24 (examples/seed-data), and a report
// with every part made of cited public wording (test/support/annual-report.ts).
const created = "2024-12-20T00:00:00Z";

const tables = async (xml: string) =>
  tablesOf(xml).map((table) => rowsOf(table).map((row) => cellsOf(row).map((cell) => textOf(cell))));

const styled = (xml: string, style: string) =>
  paragraphsOf(xml)
    .filter((p) => stylesOf(p).includes(style))
    .map(textOf);

describe("renderAnnualPerformanceReport", () => {
  it("sets East Lothian's scores side by side under its own headings, with how each moved in words", async () => {
    const xml = await partOf(renderAnnualPerformanceReport(eastLothianPerformanceReport2023_24, { created }));
    const [summary = []] = await tables(xml);
    expect(summary[0]).toEqual(["National Outcome", "Reporting Year", "Reporting Year", "Change"]);
    expect(summary[1]).toEqual([
      "1. More people successfully complete diversion from prosecution",
      "8",
      "9",
      "Up\u00a01",
    ]);
    expect(summary[3]?.slice(1)).toEqual(["8", "8", "No\u00a0change"]);
    expect(summary).toHaveLength(10);
  });

  it("prints East Lothian's report as published: introduction, table, conclusion, and no outcome sections", async () => {
    const xml = await partOf(renderAnnualPerformanceReport(eastLothianPerformanceReport2023_24, { created }));
    const body = paragraphsOf(
      xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, "<w:p><w:r><w:t>[table]</w:t></w:r></w:p>"),
    )
      .map(textOf)
      .filter((t) => t.length > 0);
    expect(body).toEqual([
      "East Lothian Community Justice Performance Report 2023 - 2024",
      "East Lothian",
      "Reporting year 2023-24: 1 April 2023 to 31 March 2024",
      ...(eastLothianPerformanceReport2023_24.introduction ?? []).map((b) =>
        b.kind === "paragraph" ? b.text : "",
      ),
      "[table]",
      ...(eastLothianPerformanceReport2023_24.conclusion ?? []).map((b) =>
        b.kind === "paragraph" ? b.text : "",
      ),
    ]);
    expect(styled(xml, "Heading1")).toEqual([]);
  });

  it("gives an outcome with more than scores its own section, its parts in order under their headings", async () => {
    const xml = await partOf(renderAnnualPerformanceReport(fullAnnualReport, { created }));
    expect(styled(xml, "Heading1")).toEqual([
      "1. More people successfully complete diversion from prosecution",
      "2. More people in police custody receive support to address their needs",
      "Conclusion",
    ]);
    expect(styled(xml, "Heading2")).toEqual([
      "Actions taken",
      "Self-assessment",
      "Indicators",
      "How far the outcome was achieved",
      "Case study: diversion partner agencies",
      "Self-assessment",
      "How far the outcome was achieved",
    ]);
  });

  it("turns a table of many years on its side on a portrait page, in time order", async () => {
    const all = await tables(await partOf(renderAnnualPerformanceReport(fullAnnualReport, { created })));
    const about = all.find((t) => t[0]?.[0] === "Indicator") ?? [];
    const figures = all.find((t) => t[0]?.[0] === "Period") ?? [];
    expect(about[0]).toEqual(["Indicator", "Indicator Type", "Data Source", "Trend"]);
    expect(about[1]?.[3]).toBe(
      "Up 1,500 from 1,900 in 2015-16 to 3,400 in 2023-24: improving (higher is better).",
    );
    expect(figures.map((row) => row[0])).toEqual([
      "Period",
      "2010-11",
      "2011-12",
      "2012-13",
      "2013-14",
      "2014-15",
      "2015-16",
      "2016-17",
      "2018-19",
      "2019-20",
      "2022-23",
      "2023-24",
    ]);
    expect(figures.find((row) => row[0] === "2016-17")).toEqual(["2016-17", "2,000", ".."]);
  });

  it("boxes a case study and draws the indicators' charts", async () => {
    const xml = await partOf(renderAnnualPerformanceReport(fullAnnualReport, { created }));
    const box = tablesOf(xml).find((t) => textOf(t).startsWith("There is strong support")) ?? "";
    expect(fillOf(cellsOf(rowsOf(box)[0] ?? "")[0] ?? "")).toBe("EDEDED");
    expect(paragraphsOf(xml).map(textOf)).toContain(
      "Figure 1: Diversion from prosecution cases commenced (Scotland), 2015-16 to 2023-24",
    );
  });

  it("uses the partnership's own headings for the parts", async () => {
    const xml = await partOf(
      renderAnnualPerformanceReport(fullAnnualReport, { created, labels: { actions: "What we did" } }),
    );
    expect(styled(xml, "Heading2")[0]).toBe("What we did");
  });

  it("names the outcome's path in an issue from its text, and passes on core's warnings with the indicator's path", () => {
    const [first, ...rest] = fullAnnualReport.outcomes;
    if (first === undefined) throw new Error("the report has outcomes");
    const issues = renderAnnualPerformanceReport(
      {
        ...fullAnnualReport,
        outcomes: [{ ...first, actions: [{ kind: "paragraph", text: "Done\u0007" }] }, ...rest],
      },
      { created },
    ).issues;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["docx/control-character-removed", ["outcomes", 0, "actions", 0, "text"]],
      ["indicator/footnotes-merged", ["outcomes", 0, "indicators", 1, "series"]],
      ["indicator/footnotes-merged", ["outcomes", 0, "indicators", 1, "series"]],
    ]);
  });
});
