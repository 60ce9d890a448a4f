import { figureStyle } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { hasChart } from "./chart-description";
import { numberFormat } from "./indicator-chart";

describe("numberFormat", () => {
  it.each([
    [["18,044", "20,508"], "#,##0"],
    [["661", "478"], "0"],
    [["94%", "85.5%"], '0.0"%"'],
    [["£15,000"], '"£"#,##0'],
  ])("labels the axis of %j as %s", (raws, format) => {
    expect(numberFormat(figureStyle(raws))).toBe(format);
  });
});

describe("hasChart", () => {
  const point = (period: string, raw: string, value?: number) => ({
    period,
    raw,
    ...(value === undefined
      ? { availability: "not-available" as const }
      : { value, availability: "value" as const }),
  });

  it("charts a series with three figures, however many are given as not available", () => {
    const series = [
      point("2014-15", "85", 85),
      point("2015-16", ".."),
      point("2016-17", ".."),
      point("2013-14", "227", 227),
    ];
    expect(hasChart({ id: "x", name: "X", series })).toBe(false);
    expect(hasChart({ id: "x", name: "X", series: [...series, point("2012-13", "693", 693)] })).toBe(true);
  });
});
