import type { IndicatorSet } from "@cja-kit/core";
import { socialWorkOrders2016_17, westDunbartonshireIndicators2017_18 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { cellsOf, paragraphsOf, partOf, rowsOf, tablesOf, textOf } from "../../test/support/xml";
import { renderIndicatorSet } from "./render-indicator-set";

// Criminal justice social work statistics in Scotland: 2016-17, Table 2 (Open Government Licence v3.0).
const set = socialWorkOrders2016_17;
const created = "2017-12-19T00:00:00Z";

const tableOf = async (rendered: ReturnType<typeof renderIndicatorSet>) => {
  const [table = ""] = tablesOf(await partOf(rendered));
  return rowsOf(table).map((row) => cellsOf(row).map((cell) => textOf(cell)));
};

describe("renderIndicatorSet", () => {
  it("prints every figure as the source wrote it, under its period headed as the source heads it", async () => {
    const [header = [], orders = [], payback = [], , , , , , fiscal = []] = await tableOf(
      renderIndicatorSet(set, { created }),
    );
    expect(header).toEqual([
      "Indicator",
      "2010-11",
      "2011-12",
      "2012-13",
      "2013-14",
      "2014-15",
      "2015-167",
      "2016-177,8",
      "Trend",
    ]);
    expect(orders.slice(0, 8)).toEqual([
      "Orders commenced",
      "18,044",
      "19,746",
      "19,659",
      "20,456",
      "20,123",
      "20,482",
      "20,508",
    ]);
    expect(payback[1]).toBe("..");
    expect(fiscal.slice(1, 8)).toEqual(["", "", "", "", "", "508", "894"]);
  });

  it("raises a period's footnote markers and sets figures to the right", async () => {
    const xml = await partOf(renderIndicatorSet(set, { created }));
    const [header = "", first = ""] = rowsOf(tablesOf(xml)[0] ?? "");
    expect(cellsOf(header)[7]).toMatch(/<w:vertAlign w:val="superscript"\/><\/w:rPr><w:t[^>]*>7,8</);
    expect(header).toContain("<w:tblHeader/>");
    expect(cellsOf(first)[1]).toContain('<w:jc w:val="right"/>');
    expect(first).toContain("<w:cantSplit/>");
  });

  it("words each trend, naming later years given as not available", async () => {
    const rows = await tableOf(renderIndicatorSet(set, { created }));
    expect(rows[1]?.at(-1)).toBe("Up 2,464 from 18,044 in 2010-11 to 20,508 in 2016-17.");
    expect(rows[3]?.at(-1)).toBe(
      "Down 5,855 from 5,940 in 2010-11 to 85 in 2014-15. Not available for 2015-16 and 2016-17.",
    );
  });

  it("shows no id, unit or direction column, and cites the source under the table", async () => {
    const withAll: IndicatorSet = {
      ...set,
      indicators: set.indicators.map((i) => ({ ...i, unit: "count", direction: "higher-is-better" })),
    };
    const xml = await partOf(renderIndicatorSet(withAll, { created }));
    const header = (await tableOf(renderIndicatorSet(withAll, { created })))[0] ?? [];
    expect(header).not.toContain("Id");
    expect(header).not.toContain("Unit");
    expect(header).not.toContain("Direction");
    expect(xml).not.toContain("orders-commenced");
    expect(paragraphsOf(xml).map(textOf)).toContain(`Source: ${set.source}`);
  });

  it("draws a line chart of each series with three or more figures, its alt text stating every figure", async () => {
    const xml = await partOf(renderIndicatorSet(set, { created }));
    const captions = paragraphsOf(xml)
      .map(textOf)
      .filter((text) => text.startsWith("Figure "));
    // Fiscal work orders have two figures: no chart.
    expect(captions).toHaveLength(8);
    expect(captions[0]).toBe("Figure 1: Orders commenced, 2010-11 to 2016-17");
    const alt = [...xml.matchAll(/<wp:docPr id="(\d+)" name="[^"]*" descr="([^"]*)"/g)];
    expect(alt.map((m) => m[1])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(alt[2]?.[2]).toBe(
      "Line chart of Community service orders 3, 2010-11 to 2016-17. 2010-11: 5,940; 2011-12: 3,044; 2012-13: 693; 2013-14: 227; 2014-15: 85; 2015-16: not available (..); 2016-17: not available (..). Down 5,855 from 5,940 in 2010-11 to 85 in 2014-15. Not available for 2015-16 and 2016-17.",
    );
  });

  it("draws each chart in the source's number style, its value axis from zero", async () => {
    const chart = await partOf(renderIndicatorSet(set, { created }), "word/charts/chart1.xml");
    expect(chart).toMatch(/<c:valAx>.*<c:min val="0"\/>.*<c:numFmt formatCode="#,##0"/s);
    expect(chart).toContain("<c:v>2016-17</c:v>");
  });

  it("leaves the charts out when asked", async () => {
    const xml = await partOf(renderIndicatorSet(set, { created, charts: false }));
    expect(xml).not.toContain("<c:chart");
  });

  it("sets a wide table in landscape and a narrow one in portrait, without a trend where nothing has figures", async () => {
    const orientation = async (s: IndicatorSet) =>
      (await partOf(renderIndicatorSet(s, { created }))).match(/w:orient="(\w+)"/)?.[1];
    expect(await orientation(set)).toBe("landscape");
    expect(await orientation(westDunbartonshireIndicators2017_18)).toBe("portrait");
    const [header = []] = await tableOf(renderIndicatorSet(westDunbartonshireIndicators2017_18, { created }));
    expect(header).toEqual(["Indicator", "Indicator Type", "Reporting Measure"]);
  });

  it("removes a character Word cannot hold from a name once, naming the indicator", () => {
    const bell: IndicatorSet = {
      ...set,
      indicators: set.indicators.map((i, k) =>
        k === 2 ? { ...i, name: `Community\u0007 service orders` } : i,
      ),
    };
    const issues = renderIndicatorSet(bell, { created }).issues;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["docx/control-character-removed", ["indicators", 2, "name"]],
    ]);
  });

  it("prints the first figure of a period given twice, and warns of the other", async () => {
    const [orders] = set.indicators;
    if (orders === undefined) throw new Error("Table 2 has indicators");
    const twice: IndicatorSet = {
      ...set,
      indicators: [
        {
          ...orders,
          series: [
            ...(orders.series ?? []),
            { period: "2016-17", footnotes: ["7", "8"], raw: "20,600", value: 20600, availability: "value" },
          ],
        },
      ],
    };
    const rendered = renderIndicatorSet(twice, { created, charts: false });
    expect(rendered.issues.map((issue) => [issue.code, issue.path, issue.actual])).toEqual([
      ["docx/period-repeated", ["indicators", 0, "series", 7], "20,600"],
    ]);
    const [, row = []] = await tableOf(rendered);
    expect(row[7]).toBe("20,508");
  });

  it("sets a large set of long series in one table with a row each", async () => {
    const large: IndicatorSet = {
      ...set,
      indicators: Array.from({ length: 400 }, (_, i) => ({
        id: `i${i}`,
        name: `Indicator ${i + 1}`,
        series: Array.from({ length: 12 }, (_, k) => ({
          period: `${2000 + k}-${String(k + 1).padStart(2, "0")}`,
          raw: String(i * k),
          value: i * k,
          availability: "value" as const,
        })),
      })),
    };
    const rendered = renderIndicatorSet(large, { created, charts: false });
    expect(rendered.issues).toEqual([]);
    const rows = await tableOf(rendered);
    expect(rows).toHaveLength(401);
    expect(rows[400]?.[0]).toBe("Indicator 400");
  });
});
