import type { IndicatorSet, Plan } from "@cja-kit/core";
import { westDunbartonshireActionPlan2017_18, westDunbartonshireIndicators2017_18 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { cellsOf, paragraphsOf, partOf, rowsOf, stylesOf, tablesOf, textOf } from "../../test/support/xml";
import { renderOutcomeImprovementPlan } from "./render-outcome-improvement-plan";

// West Dunbartonshire Community Justice Implementation Action Plan 2017-18 (examples/seed-data).
const plan = westDunbartonshireActionPlan2017_18;
const indicators = westDunbartonshireIndicators2017_18;
const created = "2017-04-01T00:00:00Z";

const styled = (xml: string, style: string) =>
  paragraphsOf(xml)
    .filter((p) => stylesOf(p).includes(style))
    .map(textOf);

describe("renderOutcomeImprovementPlan", () => {
  it("heads each theme with the national outcome it serves as the plan cites it, above its own words", async () => {
    const xml = await partOf(
      renderOutcomeImprovementPlan(plan, undefined, { created, indicators: [indicators] }),
    );
    const [heading = ""] = paragraphsOf(xml).filter((p) => stylesOf(p).includes("Heading1"));
    expect(heading).toMatch(/National Community Justice Strategy Section 4<\/w:t><\/w:r><w:r><w:br\/>/);
    expect(textOf(heading)).toBe(
      "National Community Justice Strategy Section 4Improved public understanding and participation in community justice",
    );
    expect(styled(xml, "Heading2")).toEqual(["West Dunbartonshire Community Justice Outcome 1:"]);
  });

  it("states the local outcome under its heading, then the actions in the plan's columns", async () => {
    const xml = await partOf(
      renderOutcomeImprovementPlan(plan, undefined, { created, indicators: [indicators] }),
    );
    const outcome = paragraphsOf(xml).find(
      (p) => textOf(p) === "Improve public understanding and participation in community justice",
    );
    expect(outcome).toContain("<w:b/>");
    expect(outcome).toContain("<w:keepNext/>");
    const [actions = ""] = tablesOf(xml);
    const [header = "", row = ""] = rowsOf(actions);
    expect(cellsOf(header).map((c) => textOf(c))).toEqual(["Action", "Action Due Date", "Managed By"]);
    expect(paragraphsOf(cellsOf(row)[0] ?? "").map(textOf)).toHaveLength(5);
    expect(textOf(cellsOf(row)[1] ?? "")).toBe("31 March 2018");
  });

  it("prints the indicators after the theme they report on, under their set's title", async () => {
    const xml = await partOf(
      renderOutcomeImprovementPlan(plan, undefined, { created, indicators: [indicators] }),
    );
    expect(styled(xml, "Heading3")).toEqual([indicators.title]);
    const [, table = ""] = tablesOf(xml);
    const rows = rowsOf(table).map((row) => cellsOf(row).map((c) => textOf(c)));
    expect(rows[0]).toEqual(["Indicator", "Indicator Type", "Reporting Measure"]);
    expect(rows[1]).toEqual([
      "Perceptions of local crime rate",
      "Quantitative",
      "West Dunbartonshire results from Scottish Government Household Survey",
    ]);
    expect(rows[3]?.[1]).toBe("Change and Impact");
  });

  it("puts indicators linked to no theme after all the themes, and those citing a theme's outcome after it", async () => {
    const loose: IndicatorSet = {
      ...indicators,
      title: "Other indicators",
      indicators: [
        { id: "loose", name: "Loose indicator" },
        {
          id: "cited",
          name: "Cited indicator",
          outcomeRefs: { raw: "Section 4", refs: [{ framework: "nscj-2016", code: "4" }] },
        },
      ],
    };
    const xml = await partOf(renderOutcomeImprovementPlan(plan, undefined, { created, indicators: [loose] }));
    const order = paragraphsOf(xml)
      .map(textOf)
      .filter((t) =>
        [
          "Other indicators",
          "Loose indicator",
          "Cited indicator",
          "West Dunbartonshire Community Justice Outcome 1:",
        ].includes(t),
      );
    expect(order).toEqual([
      "Other indicators",
      "Cited indicator",
      "West Dunbartonshire Community Justice Outcome 1:",
      "Other indicators",
      "Loose indicator",
    ]);
  });

  it("prints a cover line that is the title once, where the cover has it", async () => {
    const xml = await partOf(renderOutcomeImprovementPlan(plan, undefined, { created }));
    const texts = paragraphsOf(xml).map(textOf);
    expect(texts.filter((t) => t === plan.title)).toHaveLength(1);
    expect(texts.slice(0, 4)).toEqual([
      plan.title,
      "April 2017 – March 2018",
      "Appendix B",
      "Community Justice Outcome Improvement Action Plan 2017-2018",
    ]);
  });

  it("names the indicator's path in an issue from its text", () => {
    const bell: IndicatorSet = {
      ...indicators,
      indicators: indicators.indicators.map((i, k) => (k === 1 ? { ...i, measure: "Survey\u0007" } : i)),
    };
    const plain: Plan = plan;
    const issues = renderOutcomeImprovementPlan(plain, undefined, { created, indicators: [bell] }).issues;
    expect(issues.map((issue) => issue.path)).toEqual([["indicators", 0, "indicators", 1, "measure"]]);
  });
});
