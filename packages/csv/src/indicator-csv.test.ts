import { type IndicatorSet, indicatorsFromLongRows, nationalBodies } from "@cja-kit/core";
import { socialWorkOrders2016_17, westDunbartonshireIndicators2017_18 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readIndicatorCsv } from "./read-indicator-csv";
import { writeIndicatorCsv } from "./write-indicator-csv";

const metaOf = (set: IndicatorSet) => {
  const { indicators: _indicators, ...meta } = set;
  return meta;
};
const lines = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n");

describe.each([
  ["Criminal justice social work statistics 2016-17, Table 2", socialWorkOrders2016_17],
  ["West Dunbartonshire's outcome 1 indicators 2017-18", westDunbartonshireIndicators2017_18],
])("writeIndicatorCsv and readIndicatorCsv: %s", (_name, set) => {
  it.each(["wide", "long"] as const)("read the %s table back to the same set, with no issue", (layout) => {
    const { csv, issues } = writeIndicatorCsv(set, { layout });
    expect(issues).toEqual([]);
    const read = readIndicatorCsv(csv, { set: metaOf(set) });
    expect(read.issues).toEqual([]);
    expect(read.ok && read.value).toEqual(set);
  });
});

describe("writeIndicatorCsv", () => {
  it("writes the wide table as the statistics table prints it: figures as printed, .. kept", () => {
    const [header, first] = lines(writeIndicatorCsv(socialWorkOrders2016_17).csv);
    expect(header).toContain("2016-17");
    expect(first).toMatch(/"\d{1,3},\d{3}"/);
    expect(writeIndicatorCsv(socialWorkOrders2016_17).csv).toContain(",..");
  });

  it("writes the long table one row per indicator per period", () => {
    const points = socialWorkOrders2016_17.indicators.reduce((n, i) => n + (i.series?.length ?? 0), 0);
    const csv = writeIndicatorCsv(socialWorkOrders2016_17, { layout: "long" }).csv;
    expect(lines(csv).filter((line) => line !== "").length).toBe(points + 1);
    expect(lines(csv)[0]?.endsWith(",Period,Value")).toBe(true);
  });

  it("keeps an outcome's action and its framework indicator in columns of their own", () => {
    const csv = writeIndicatorCsv(westDunbartonshireIndicators2017_18).csv;
    expect(lines(csv)[0]).toContain("Action number,Framework indicator");
    expect(csv).toContain("cj-opi-2016:1.3");
  });

  it("names each field neither table holds, never dropping it silently", () => {
    const [first] = socialWorkOrders2016_17.indicators;
    if (first === undefined) throw new Error("no indicator");
    const set = {
      ...socialWorkOrders2016_17,
      indicators: [{ ...first, actual: { value: 1 }, tolerance: { kind: "absolute" as const, value: 2 } }],
    };
    expect(writeIndicatorCsv(set).issues.map((i) => [i.code, i.actual])).toEqual([
      ["csv/indicator-field-not-written", "actual, tolerance"],
    ]);
  });
});

describe("readIndicatorCsv", () => {
  const set = { title: "Updates", authority: nationalBodies["scottish-government"] };

  it("reads periods of every kind: financial years, quarters, half-years, updates and date ranges", () => {
    const csv = [
      'Indicator,2022-23,2023-24 Q1,2023-24 H2,Update 2 (2024-01-01 to 2024-03-31),"June to December 2023 (2023-06-01 to 2023-12-31)"',
      "Deliverables closed,4,5,6,7,8",
    ].join("\n");
    const read = readIndicatorCsv(csv, { set });
    expect(read.issues).toEqual([]);
    expect(read.ok && read.value.indicators[0]?.series?.map((p) => p.reportingPeriod?.kind)).toEqual([
      "financial-year",
      "quarter",
      "half-year",
      "update",
      "date-range",
    ]);
  });

  it("reads a long table an officer keeps, in any column order, and names a column it cannot read", () => {
    const csv =
      'Period,Indicator,Value,Notes\n2016-17,Orders commenced,"20,508",provisional\n2015-16,Orders commenced,..,\n';
    const read = readIndicatorCsv(csv, { set });
    expect(read.ok && read.value.indicators[0]?.series?.map((p) => [p.period, p.raw, p.value])).toEqual([
      ["2016-17", "20,508", 20508],
      ["2015-16", "..", undefined],
    ]);
    expect(read.issues.map((i) => [i.code, i.column])).toEqual([["csv/unknown-indicator-column", "Notes"]]);
  });

  it("gives the file's row of an issue, blank lines counted", () => {
    const csv = "Indicator,2016-17\n\n,12\n";
    const read = readIndicatorCsv(csv, { set });
    expect(read.issues.map((i) => [i.code, i.row])).toEqual([
      ["indicator/unnamed-row", 3],
      ["indicator/none-read", 1],
    ]);
  });

  it("agrees with core's reading of the same long rows", () => {
    const csv = "Indicator,Period,Value\nA,2016-17,1\nB,2016-17,2\nA,2017-18,3\n";
    const read = readIndicatorCsv(csv, { set });
    const core = indicatorsFromLongRows([
      { name: "A", period: "2016-17", value: "1" },
      { name: "B", period: "2016-17", value: "2" },
      { name: "A", period: "2017-18", value: "3" },
    ]);
    expect(read.ok && read.value.indicators).toEqual(core.value);
  });

  it("keeps the first row's action number of an indicator and reports a later row that differs", () => {
    const csv = "Id,Indicator,Action number,Period,Value\nx,X,1,2016-17,4\nx,X,2,2017-18,5\n";
    const read = readIndicatorCsv(csv, { set });
    expect(read.ok && read.value.indicators.map((i) => [i.actionNumber, i.series?.length])).toEqual([
      ["1", 2],
    ]);
    expect(read.issues.map((i) => [i.code, i.row, i.actual])).toEqual([
      ["indicator/conflicting-field", 3, "2"],
    ]);
  });

  it("reports a framework indicator not written framework:id, never guessing it", () => {
    const read = readIndicatorCsv("Indicator,Framework indicator\nX,indicator 1.3\n", { set });
    expect(read.ok && read.value.indicators[0]?.frameworkIndicator).toBeUndefined();
    expect(read.issues.map((i) => [i.code, i.row, i.actual])).toEqual([
      ["csv/unreadable-framework-indicator", 2, "indicator 1.3"],
    ]);
  });

  // The title and header of Table 2 as published: Criminal justice social work statistics in
  // Scotland: 2016-17, https://www.gov.scot/publications/criminal-justice-social-work-statistics-scotland-2016-17/pages/10/
  // (Open Government Licence v3.0).
  it("finds the header under a statistics table's title, and names the title row it did not read", () => {
    const csv = [
      "Table 2 Social work orders: 2010-11 to 2016-17,,",
      'Indicator,2015-16 7,"2016-17 7,8"',
      'Orders commenced,"20,482","20,508"',
    ].join("\r\n");
    const read = readIndicatorCsv(csv, { set });
    expect(read.ok && read.value.indicators.map((i) => [i.name, i.series?.map((p) => p.footnotes)])).toEqual([
      ["Orders commenced", [["7"], ["7", "8"]]],
    ]);
    expect(read.issues.map((i) => [i.code, i.row, i.actual])).toEqual([
      ["csv/row-above-header", 1, "Table 2 Social work orders: 2010-11 to 2016-17"],
    ]);
  });
});

describe("readIndicatorCsv limits", () => {
  const set = socialWorkOrders2016_17;
  const { csv } = writeIndicatorCsv(set, { layout: "long" });

  it("holds the table to maxCellLength, as every other reader does: the row is left out with an error", () => {
    const read = readIndicatorCsv(csv, { set: metaOf(set), maxCellLength: 8 });
    expect(read.ok).toBe(false);
    expect(read.issues.filter((i) => i.code === "table/cell-too-large").length).toBeGreaterThan(0);
  });

  it("holds the table to maxColumns: the cells beyond it are left out with an error", () => {
    const read = readIndicatorCsv(csv, { set: metaOf(set), maxColumns: 2 });
    expect(read.ok).toBe(false);
    expect(read.issues.find((i) => i.code === "table/too-many-columns")).toMatchObject({
      row: 1,
      column: "Column 3",
    });
  });
});
