import { nsmo2006 } from "@cja-kit/core";
import { lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import {
  cellsOf,
  gridOf,
  paragraphsOf,
  partOf,
  rowsOf,
  stylesOf,
  tablesOf,
  textOf,
} from "../../test/support/xml";
import { textWidth } from "../_internal/text-measure";
import { renderImplementationPlan } from "./render-implementation-plan";

const plan = lanarkshireImplementationPlan2008_09;
const progress = lanarkshireProgress2008_09Q2;
const created = "2008-10-01T00:00:00Z";

describe("renderImplementationPlan", () => {
  it("sets sections and themes as headings, the title and the return's title above them", async () => {
    const paragraphs = paragraphsOf(await partOf(renderImplementationPlan(plan, progress, { created })));
    const styled = (style: string) => paragraphs.filter((p) => stylesOf(p).includes(style)).map(textOf);
    expect(styled("Title")).toEqual(["DRAFT IMPLEMENTATION PLAN 2008-09"]);
    expect(styled("CoverLine")).toEqual(["LANARKSHIRE COMMUNITY JUSTICE AUTHORITY", "Quarter 2 update"]);
    expect(styled("Heading1").slice(0, 2)).toEqual(["2. Offender Groups", "3 working in Partnership"]);
    expect(styled("Heading2").slice(0, 3)).toEqual([
      "2.1 Violent Serious & Sex Offenders",
      "2.4 Less serious/first time offenders, including persistent & Young offenders",
      "2.5 Offender Outcomes",
    ]);
  });

  it("heads each theme's action table with its local outcomes, so the box is never left at a page's foot without it (finding 1)", async () => {
    const tables = tablesOf(await partOf(renderImplementationPlan(plan, progress, { created }))).filter(
      (table) => rowsOf(table).some((row) => textOf(cellsOf(row)[0] ?? "") === "Action Number"),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const [outcome = "", header = ""] = rowsOf(table);
      expect(textOf(cellsOf(outcome)[0] ?? "")).toBe("Outcome");
      for (const row of [outcome, header]) expect(row).toContain("<w:tblHeader/>");
      expect(textOf(cellsOf(header)[0] ?? "")).toBe("Action Number");
    }
  });

  it("lines up the columns of every action table down the document, each header label on its line(s) whole", async () => {
    const tables = tablesOf(await partOf(renderImplementationPlan(plan, progress, { created }))).filter(
      (table) => rowsOf(table).some((row) => textOf(cellsOf(row)[0] ?? "") === "Action Number"),
    );
    const grids = new Set(tables.map((table) => gridOf(table).join(",")));
    expect(tables.length).toBeGreaterThan(5);
    expect(grids.size).toBe(1);
    // "Lead responsibility": its longest word in bold fits the column, so Word does not break it.
    const grid = gridOf(tables[0] ?? "");
    const lead = cellsOf(rowsOf(tables[0] ?? "")[1] ?? "").findIndex(
      (c) => textOf(c) === "Lead responsibility",
    );
    expect(grid[lead]).toBeGreaterThanOrEqual(Math.ceil(textWidth("responsibility", 18, true)) + 170);
  });

  it("puts each theme's local outcomes in a box labelled Outcome", async () => {
    const boxes = tablesOf(await partOf(renderImplementationPlan(plan, progress, { created }))).filter(
      (table) => textOf(cellsOf(table)[0] ?? "") === "Outcome",
    );
    expect(boxes.map((box) => paragraphsOf(cellsOf(box)[1] ?? "").map(textOf))[2]).toEqual([
      "To sustain or improve physical & mental well-being",
      "to reduce or stabilise substance misuse",
    ]);
  });

  it("prints each council's progress under its name in bold", async () => {
    const xml = await partOf(renderImplementationPlan(plan, progress, { created }));
    const row =
      tablesOf(xml)
        .flatMap(rowsOf)
        .find((r) => textOf(cellsOf(r)[0] ?? "") === "2.1.3") ?? "";
    const progressCell = paragraphsOf(cellsOf(row).at(-1) ?? "");
    const slc = progressCell.find((p) => textOf(p) === "SLC") ?? "";
    expect(slc).toContain("<w:b/>");
    expect(progressCell.map(textOf)).toContain("One CSOGP induction programme completed (10 service users).");
  });

  it("lists the 23 National Strategy outcomes as an appendix in three columns under the headings given", async () => {
    const tables = tablesOf(await partOf(renderImplementationPlan(plan, progress, { created })));
    const [header = "", body = ""] = rowsOf(tables.at(-1) ?? "");
    expect(header).toContain("<w:tblHeader/>");
    expect(cellsOf(header).map(textOf)).toEqual([
      "OUTCOMES FOR COMMUNITIES",
      "OUTCOMES FOR OFFENDERS",
      "OUTCOMES IN THE SYSTEM",
    ]);
    const outcomes = cellsOf(body).flatMap((cell) => paragraphsOf(cell).map(textOf));
    expect(outcomes).toEqual(nsmo2006.outcomes.map((o) => `${o.code} - ${o.wording}`));
  });
});
