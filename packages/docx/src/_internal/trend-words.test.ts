import type { Indicator } from "@cja-kit/core";
import { socialWorkOrders2016_17 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { trendWords } from "./trend-words";

// Criminal justice social work statistics in Scotland: 2016-17, Table 2 (Open Government Licence v3.0).
const byName = (name: string): Indicator => {
  const found = socialWorkOrders2016_17.indicators.find((indicator) => indicator.name === name);
  if (found === undefined) throw new Error(`no indicator ${name}`);
  return found;
};

describe("trendWords", () => {
  it.each([
    ["Orders commenced", "Up 2,464 from 18,044 in 2010-11 to 20,508 in 2016-17."],
    // A first year given as ".." is passed over: the trend runs from the first figure.
    ["Community payback orders 1,2", "Up 8,908 from 10,228 in 2011-12 to 19,136 in 2016-17."],
    // Later years given as ".." are named, never read as nothing reported.
    [
      "Community service orders 3",
      "Down 5,855 from 5,940 in 2010-11 to 85 in 2014-15. Not available for 2015-16 and 2016-17.",
    ],
    ["Drug treatment and testing orders 2", "Down 183 from 661 in 2010-11 to 478 in 2016-17."],
    ["Fiscal work orders 6", "Up 386 from 508 in 2015-16 to 894 in 2016-17."],
  ])("words the trend of %s as the table writes its figures", (name, words) => {
    expect(trendWords(byName(name))).toBe(words);
  });

  it("judges the movement where the indicator says which way is better", () => {
    const score: Indicator = {
      id: "score",
      name: "Self-assessment",
      direction: "higher-is-better",
      series: [
        { period: "2022-23", raw: "8", value: 8, availability: "value" },
        { period: "2023-24", raw: "9", value: 9, availability: "value" },
      ],
    };
    expect(trendWords(score)).toBe("Up 1 from 8 in 2022-23 to 9 in 2023-24: improving (higher is better).");
  });

  it("says there is nothing to compare with when there is one figure, and gives core's reason against a target", () => {
    expect(
      trendWords({
        id: "one",
        name: "One year",
        series: [{ period: "2016-17", raw: "20,508", value: 20508, availability: "value" }],
      }),
    ).toBe("20,508 in 2016-17; no earlier figure to compare it with.");
    expect(
      trendWords({
        id: "icm",
        name: "ICM case conference attendance",
        unit: "percent",
        direction: "higher-is-better",
        target: { value: 85, raw: "85%" },
        actual: { value: 94, raw: "94%" },
      }),
    ).toBe("94% against a target of 85% (higher is better): target met.");
  });

  it("says no figure was reported where none was, naming the periods given as suppressed", () => {
    expect(
      trendWords({
        id: "none",
        name: "Suppressed",
        series: [{ period: "2023-24", raw: "*", availability: "suppressed" }],
      }),
    ).toBe("No figure reported. Suppressed for 2023-24.");
  });
});
