import { describe, expect, it } from "vitest";
import type { Indicator } from "./indicator";
import { indicatorColumns } from "./indicator-columns";
import { indicatorLongRows, indicatorsFromLongRows } from "./indicator-long-rows";
import { indicatorsFromWideTable, indicatorWideTable } from "./indicator-wide-table";

// Scottish Government, Criminal justice social work statistics in Scotland: 2016-17, Table 2
// (https://www.gov.scot/publications/criminal-justice-social-work-statistics-scotland-2016-17/pages/10/),
// Open Government Licence v3.0: the heading and two rows as published.
const HEADER = [
  "Indicator",
  "2010-11",
  "2011-12",
  "2012-13",
  "2013-14",
  "2014-15",
  "2015-16 7",
  "2016-17 7,8",
];
const TABLE = {
  header: HEADER,
  rows: [
    ["Orders commenced", "18,044", "19,746", "19,659", "20,456", "20,123", "20,482", "20,508"],
    ["Community payback orders 1,2", "..", "10,228", "16,061", "18,687", "19,067", "19,444", "19,136"],
  ],
};

// West Dunbartonshire Community Justice Implementation Action Plan April 2017 – March 2018,
// Outcome 1 "Performance Reporting Indicators" (Indicator Type / Indicator / Reporting Measure).
const WEST_DUNBARTONSHIRE: Indicator = {
  id: "wd-1-quantitative",
  name: "Perceptions of local crime rate",
  type: "quantitative",
  measure: "West Dunbartonshire results from Scottish Government Household Survey",
};

describe("the wide table, one column per year", () => {
  const read = indicatorsFromWideTable(TABLE);

  it("reads each row as an indicator whose series keeps every figure as written", () => {
    expect(read.issues).toEqual([]);
    const [orders, cpos] = read.value;
    expect(orders?.series?.map((point) => point.raw)).toEqual(TABLE.rows[0]?.slice(1));
    expect(cpos?.series?.[0]).toEqual({
      period: "2010-11",
      reportingPeriod: { kind: "financial-year", year: "2010-11" },
      raw: "..",
      availability: "not-available",
    });
    expect(orders?.series?.[6]).toMatchObject({ period: "2016-17", footnotes: ["7", "8"], value: 20508 });
  });

  it("writes the same table back, figures and footnote markers as published", () => {
    expect(indicatorWideTable(read.value)).toEqual({
      value: {
        header: ["Id", ...HEADER],
        rows: [
          ["orders-commenced", ...(TABLE.rows[0] ?? [])],
          ["community-payback-orders-1-2", ...(TABLE.rows[1] ?? [])],
        ],
      },
      issues: [],
    });
  });

  it("leaves an empty cell out of the series and reports a row of figures with no name", () => {
    const sparse = indicatorsFromWideTable({
      header: HEADER.slice(0, 3),
      rows: [
        ["Orders", "", "19,746"],
        ["", "1", "2"],
      ],
    });
    expect(sparse.value[0]?.series?.map((point) => point.period)).toEqual(["2011-12"]);
    expect(sparse.issues.map((issue) => [issue.code, issue.row])).toEqual([["indicator/unnamed-row", 1]]);
  });

  it("warns when indicators mark one period with different footnotes", () => {
    const [orders, cpos] = read.value;
    const noted = { ...cpos, series: cpos?.series?.map((p) => ({ ...p, footnotes: ["9"] })) } as Indicator;
    const table = indicatorWideTable([orders as Indicator, noted]);
    expect(table.issues[0]).toMatchObject({ code: "indicator/footnotes-merged", actual: "2010-11 9" });
  });
});

describe("the long table, one row per indicator per period", () => {
  it("round-trips the statistics table and a partnership's typed indicator", () => {
    const indicators = [...indicatorsFromWideTable(TABLE).value, WEST_DUNBARTONSHIRE];
    const rows = indicatorLongRows(indicators);
    expect(rows).toHaveLength(15);
    expect(rows[6]).toMatchObject({ name: "Orders commenced", period: "2016-17 7,8", value: "20,508" });
    expect(rows[14]).toMatchObject({
      type: "Quantitative",
      measure: WEST_DUNBARTONSHIRE.measure,
      period: "",
      value: "",
    });
    expect(indicatorsFromLongRows(rows)).toEqual({ value: indicators, issues: [] });
  });

  it("reports a later row that changes an indicator's fields, keeping the first", () => {
    const read = indicatorsFromLongRows([
      { id: "x", name: "X", type: "Contextual", period: "2022-23", value: "8" },
      { id: "x", name: "X", type: "Quantitative", period: "2023-24", value: "9" },
    ]);
    expect(read.value[0]).toMatchObject({ type: "contextual", series: [{ value: 8 }, { value: 9 }] });
    expect(read.issues).toMatchObject([
      { code: "indicator/conflicting-field", row: 1, column: "Indicator Type" },
    ]);
  });

  it("keeps unreadable figures and types as issues, never guessed", () => {
    const read = indicatorsFromLongRows([{ name: "X", type: "Vital", period: "2023-24", value: "about 5" }]);
    expect(read.value[0]?.series?.[0]).toMatchObject({ raw: "about 5", availability: "unreadable" });
    expect(read.issues.map((issue) => issue.code)).toEqual([
      "indicator/unreadable-field",
      "indicator/unreadable-figure",
    ]);
  });

  it("keeps a figure given without a period, and says so", () => {
    const read = indicatorsFromLongRows([{ name: "X", value: "5" }]);
    expect(read.value[0]?.series?.[0]).toMatchObject({ period: "(no period)", raw: "5", value: 5 });
    expect(read.issues.map((issue) => issue.code)).toEqual(["indicator/missing-period"]);
  });

  it("labels its columns from core", () => {
    expect(indicatorColumns.map((column) => column.label)).toContain("Reporting Measure");
  });
});
