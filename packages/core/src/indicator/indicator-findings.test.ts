import { describe, expect, it } from "vitest";
import { assessIndicator } from "./assess-indicator";
import { figureStyle, formatFigure } from "./format-figure";
import type { Indicator, SeriesPoint } from "./indicator";
import { parseFigure } from "./parse-figure";

// Scottish Government, Criminal justice social work statistics in Scotland: 2016-17, Table 2
// "Social work orders: 2010-11 to 2016-17"
// (https://www.gov.scot/publications/criminal-justice-social-work-statistics-scotland-2016-17/pages/10/),
// Open Government Licence v3.0.
const YEARS = ["2010-11", "2011-12", "2012-13", "2013-14", "2014-15", "2015-16", "2016-17"];
const series = (...raws: string[]): SeriesPoint[] =>
  raws.map((raw, index) => ({ period: YEARS[index] ?? "", ...parseFigure(raw).value }));

const ordersCommenced: Indicator = {
  id: "orders-commenced",
  name: "Orders commenced",
  series: series("18,044", "19,746", "19,659", "20,456", "20,123", "20,482", "20,508"),
};
const cpos: Indicator = {
  id: "cpos",
  name: "Community payback orders",
  series: series("..", "10,228", "16,061", "18,687", "19,067", "19,444", "19,136"),
};
const communityServiceOrders: Indicator = {
  id: "cso",
  name: "Community service orders",
  series: series("5,940", "3,044", "693", "227", "85", "..", ".."),
};

describe("indicators that hold real figures (issue 12, finding 2)", () => {
  it("keeps a seven-year series whole, and reads the trend against its first year", () => {
    expect(assessIndicator(ordersCommenced)).toEqual({
      id: "orders-commenced",
      status: "data-only",
      trend: { movement: "up", change: 2464 },
      because: "20,508 (2016-17) against a baseline of 18,044 (2010-11): up 2,464; no target set.",
    });
  });

  it("judges 8 → 9 as improving where higher is better, not merely 'no target set'", () => {
    const score: Indicator = {
      id: "score",
      name: "Self-assessed progress",
      direction: "higher-is-better",
      baseline: { value: 8, raw: "8", period: "2022-23" },
      actual: { value: 9, raw: "9", period: "2023-24" },
    };
    const assessed = assessIndicator(score);
    expect(assessed.trend).toEqual({ movement: "up", change: 1, judgement: "improving" });
    expect(assessed.because).toBe(
      "9 (2023-24) against a baseline of 8 (2022-23): up 1, improving (higher is better); no target set.",
    );
  });

  it("reads the latest figure past a later '..' and names the gap (community service orders)", () => {
    expect(assessIndicator(communityServiceOrders)).toMatchObject({
      status: "data-only",
      trend: { movement: "down", change: -5855 },
      because:
        "85 (2014-15) against a baseline of 5,940 (2010-11): down 5,855; no target set. Not reported for 2015-16 (..), 2016-17 (..).",
    });
  });

  it("takes the first year with a figure as the baseline when the first is '..' (CPOs began in 2011)", () => {
    expect(assessIndicator(cpos).because).toBe(
      "19,136 (2016-17) against a baseline of 10,228 (2011-12): up 8,908; no target set.",
    );
  });

  it("is unknown when no period has a figure, naming each", () => {
    expect(assessIndicator({ id: "x", name: "X", series: series("..", "*") })).toEqual({
      id: "x",
      status: "unknown",
      because: "No value reported. Not reported for 2010-11 (..), 2011-12 (*).",
    });
  });

  it("needs no unit or direction", () => {
    expect(assessIndicator({ id: "x", name: "X", actual: { value: 3 } }).because).toBe(
      "3 reported; no target set and no baseline.",
    );
  });
});

describe("parseFigure", () => {
  it.each([
    ["20,508", 20508],
    ["94%", 94],
    ["£1,200", 1200],
    ["12.5", 12.5],
    ["-3", -3],
    ["£25k", 25000],
  ])("reads %s as %d", (raw, value) => {
    expect(parseFigure(raw)).toEqual({ value: { raw, value, availability: "value" }, issues: [] });
  });

  it.each([
    ["..", "not-available"],
    ["n/a", "not-available"],
    ["N/A", "not-available"],
    ["-", "not-available"],
    ["*", "suppressed"],
    ["c", "suppressed"],
    ["x", "not-applicable"],
  ])("keeps %s as %s, written as the source wrote it", (raw, availability) => {
    expect(parseFigure(raw).value).toEqual({ raw, availability });
  });

  it("keeps wording that is no figure, with a warning, never a guess", () => {
    const parsed = parseFigure("approx. 50");
    expect(parsed.value).toEqual({ raw: "approx. 50", availability: "unreadable" });
    expect(parsed.issues[0]).toMatchObject({ code: "indicator/unreadable-figure", severity: "warning" });
  });
});

describe("formatFigure", () => {
  it("writes figures as the source writes them", () => {
    const grouped = figureStyle(["18,044", "..", "693"]);
    expect(formatFigure(20508, grouped)).toBe("20,508");
    expect(formatFigure(20508, figureStyle(["20508"]))).toBe("20508");
    expect(formatFigure(67.5, figureStyle(["64.2", "68.6"]))).toBe("67.5");
    expect(formatFigure(9, figureStyle(["85%"]))).toBe("9%");
    expect(formatFigure(1200, figureStyle([], "pounds"))).toBe("£1,200");
  });
});
