import {
  assessPlan,
  builtInRegistry,
  formatCalendarDate,
  nab2008,
  type RollUp,
  ragLabels,
  rollUpByOutcome,
  rollUpByTheme,
} from "@cja-kit/core";
import { lothianBordersActionPlan2010_11, lothianBordersProgressYear2 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { rollUpReport } from "../../../../examples/outcome-rollup/src/report";
import { outcomeRollUps } from "../../../../examples/outcome-rollup/src/roll-ups";
import {
  cellsOf,
  fillOf,
  gridOf,
  paragraphsOf,
  partOf,
  rowsOf,
  tablesOf,
  textOf,
} from "../../test/support/xml";
import { defaultColours } from "../options/render-options";
import { renderRollUpReport } from "./render-roll-up-report";

const created = "2026-11-22T00:00:00Z";
const { rollUps } = outcomeRollUps();
const rendered = renderRollUpReport(rollUpReport, rollUps, { framework: nab2008, created });

/** The tables of the report after the header block: the returns, then one per group. */
const bodyTables = async (xml: Promise<string>) => tablesOf(await xml).slice(1);
const rowCells = (table: string) => rowsOf(table).map((row) => cellsOf(row));

describe("renderRollUpReport", () => {
  it("gives each group of the framework a table: the rating in words on its colour, the counts, coverage, returns", async () => {
    const [, ...groups] = await bodyTables(partOf(rendered));
    expect(groups).toHaveLength(nab2008.groups.length);
    // The groups' columns line up from one table to the next.
    expect(new Set(groups.map((table) => gridOf(table).join(","))).size).toBe(1);
    const rows = groups.flatMap((table) => rowCells(table).slice(1));
    expect(rows).toHaveLength(rollUps.length);
    expect(rowCells(groups[0] ?? "")[0]?.map(textOf)).toEqual([
      "Outcome",
      "Rating",
      "Red",
      "Amber",
      "Green",
      "Not rated",
      "Actions rated",
      "Returns (assessed at)",
    ]);
    rows.forEach((cells, i) => {
      const r = rollUps[i] as RollUp;
      const { red, amber, green } = r.counts.rag;
      const texts = cells.map(textOf);
      expect(texts.slice(0, 7)).toEqual([
        r.label,
        ragLabels[r.rag],
        String(red),
        String(amber),
        String(green),
        String(r.total - r.rated),
        `${r.rated} of ${r.total} (${Math.round(r.coverage * 100)}%)`,
      ]);
      expect(fillOf(cells[1] ?? "")).toBe(defaultColours.rag[r.rag]);
      // Every return the outcome rests on, with the date it was assessed at.
      for (const source of r.sources)
        expect(texts[7]?.replace(/\u00a0/g, " ")).toContain(formatCalendarDate(source.at));
    });
  });

  it("lists the returns by title with the date each was assessed at, oldest first, and never a plan's id", async () => {
    const xml = await partOf(rendered);
    const [returns = ""] = await bodyTables(Promise.resolve(xml));
    expect(rowCells(returns).map((cells) => cells.map(textOf))).toEqual([
      ["No.", "Return", "Assessed at"],
      [
        "1",
        "Lanarkshire Community Justice Authority, DRAFT IMPLEMENTATION PLAN 2008-09, Quarter 2 update",
        "30 September 2008",
      ],
      [
        "2",
        "Lothian & Borders Community Justice Authority, ACTION PLAN 2010-11, Year 2 Progress/ Amendments",
        "31 March 2010",
      ],
      [
        "3",
        "Lanarkshire Community Justice Authority, QUARTER 2 PROGRESS July - September 2010",
        "30 September 2010",
      ],
    ]);
    const ids = rollUps.flatMap((r) => r.sources.flatMap((s) => (s.planId === undefined ? [] : [s.planId])));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(textOf(xml)).not.toContain(id);
    expect(textOf(xml)).not.toMatch(/nab-2008|worst-of|cja-kit/);
  });

  it("numbers its own sections on from the report's and moves the implications after them", async () => {
    const texts = paragraphsOf(await partOf(rendered)).map(textOf);
    const headings = texts.filter((t) => /^\d+\t[A-Z]/.test(t));
    expect(headings).toEqual([
      "1\tPurpose of Report",
      "2\tRecommendation(s)",
      "3\tBasis of the ratings",
      "4\tOutcomes for communities",
      "5\tOutcomes for offenders",
      "6\tOutcomes in the system",
      "7\tFinancial Implications",
    ]);
    expect(texts).toContain("7.1\tNone.");
    expect(texts).toContain(
      "3.2\tEach outcome takes the worst rating of its rated actions: red if any is red, else amber if any is amber, else green. An outcome with fewer than 50% of its actions rated is not rated. An action that serves several outcomes counts under each of them, so the counts of different outcomes do not add up to the actions of a return.",
    );
  });

  it("gives each outcome's reason in core's words, its checks, and the actions that made it amber", async () => {
    const texts = paragraphsOf(await partOf(rendered)).map(textOf);
    const a1 = rollUps[0] as RollUp;
    expect(texts).toContain(`4.1\t${a1.label}`);
    expect(texts).toContain(a1.because);
    expect(texts).toContain(
      `Please check ${a1.checks} of its actions: what the return reports disagrees with the plan's dates or with the return's own rating.`,
    );
    for (const driver of a1.drivers) expect(texts).toContain(`${driver.label}: ${driver.because}`);
    // A green outcome's deciding actions are named in its reason, not listed one by one.
    const a2 = rollUps[1] as RollUp;
    expect(a2.rag).toBe("green");
    expect(texts).not.toContain(`${a2.drivers[0]?.label}: ${a2.drivers[0]?.because}`);
    const all = paragraphsOf(
      await partOf(renderRollUpReport(rollUpReport, rollUps, { framework: nab2008, actions: "all" })),
    ).map(textOf);
    expect(all).toContain(`${a2.drivers[0]?.label}: ${a2.drivers[0]?.because}`);
  });

  it("states the rule the roll-ups were made by, and warns rather than misstate another", async () => {
    const options = {
      rule: { kind: "share", red: 0.25, amber: 0.5 } as const,
      minCoverage: 0.75,
      belowCoverage: "flag" as const,
    };
    const lb = assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2);
    const shared = rollUpByOutcome(lb, { framework: "nab-2008", ...options });
    const right = renderRollUpReport(rollUpReport, shared, { framework: nab2008, rollUp: options, created });
    expect(right.issues).toEqual([]);
    expect(
      paragraphsOf(await partOf(right))
        .map(textOf)
        .join("\n"),
    ).toContain(
      'Each outcome is red when at least 25% of its rated actions are red, amber when at least 50% are red or amber, and green otherwise. An outcome with fewer than 75% of its actions rated is still rated, and marked "Low coverage".',
    );
    const wrong = renderRollUpReport(rollUpReport, shared, { framework: nab2008, created });
    expect(wrong.issues.map((i) => [i.code, i.severity, i.actual])).toEqual([
      ["docx/roll-up-rule-differs", "warning", "share"],
    ]);
    expect(
      paragraphsOf(await partOf(wrong))
        .map(textOf)
        .join("\n"),
    ).not.toMatch(/takes the worst rating/);
  });

  it("makes a table of each theme's children when rolled up by theme, one return cited once", async () => {
    const lb = assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2);
    const themes = rollUpByTheme(lothianBordersActionPlan2010_11.themes, lb, {});
    const withChildren = themes.filter((t) => (t.children?.length ?? 0) > 0);
    const xml = await partOf(renderRollUpReport(rollUpReport, themes, { created }));
    const [returns = "", ...tables] = await bodyTables(Promise.resolve(xml));
    expect(rowsOf(returns)).toHaveLength(2);
    expect(tables.length).toBe(withChildren.length + (themes.length > withChildren.length ? 1 : 0));
    expect(textOf(cellsOf(rowsOf(tables[0] ?? "")[0] ?? "")[0] ?? "")).toBe("Theme");
    expect(
      rowsOf(tables[0] ?? "")
        .slice(1)
        .map((row) => textOf(cellsOf(row)[0] ?? "")),
    ).toEqual(withChildren[0]?.children?.map((c) => c.label));
    expect(builtInRegistry.frameworks["nab-2008"]).toBe(nab2008);
  });
});
