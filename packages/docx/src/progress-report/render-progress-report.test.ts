import { assessPlan, canonicalStatuses, canonicalStatusLabels, rollUp } from "@cja-kit/core";
import { lanarkshireActionPlan2010_11, lanarkshireProgress2010_11Q2 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
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
import { defaultColours } from "../options/render-options";
import { renderProgressReport } from "./render-progress-report";

const plan = lanarkshireActionPlan2010_11;
const progress = lanarkshireProgress2010_11Q2;
const created = "2010-10-01T00:00:00Z";

const progressCells = (xml: string) =>
  tablesOf(xml)
    .slice(2)
    .flatMap((table) => rowsOf(table).slice(1))
    .filter((row) => !row.includes("<w:gridSpan"))
    .map((row) => cellsOf(row).at(-1) ?? "");

describe("renderProgressReport", () => {
  it("opens with counts per canonical status and per RAG rating, as rollUp counts them", async () => {
    const [statuses = "", ratings = ""] = tablesOf(
      await partOf(renderProgressReport(plan, progress, { created })),
    );
    const counts = rollUp("plan", "plan", assessPlan(plan, progress)).counts;
    const [statusLabels, statusCounts] = rowsOf(statuses).map((row) => cellsOf(row).map(textOf));
    expect(statusLabels).toEqual([
      ...canonicalStatuses.map((status) => canonicalStatusLabels[status]),
      "Total",
    ]);
    expect(statusCounts).toEqual([...Object.values(counts.status).map(String), "9"]);
    const [ragLabels, ragCounts] = rowsOf(ratings).map((row) => cellsOf(row).map(textOf));
    expect(ragLabels).toEqual(["RAG: Red", "RAG: Amber", "RAG: Green", "RAG: Not rated", "Total"]);
    expect(ragCounts).toEqual([...Object.values(counts.rag).map(String), "9"]);
  });

  it("heads each national outcome's table with its wording as a Heading 1", async () => {
    const headings = paragraphsOf(await partOf(renderProgressReport(plan, progress, { created })))
      .filter((p) => stylesOf(p).includes("Heading1"))
      .map(textOf);
    expect(headings).toEqual(["Summary", ...plan.themes.map((theme) => theme.title)]);
  });

  it("shades each progress cell by its rating and prints the rating in words, with its reason", async () => {
    const cells = progressCells(await partOf(renderProgressReport(plan, progress, { created })));
    const assessments = assessPlan(plan, progress);
    expect(cells).toHaveLength(9);
    cells.forEach((cell, i) => {
      const assessment = assessments[i];
      if (assessment === undefined) throw new Error("fewer assessments than rows");
      expect(fillOf(cell)).toBe(defaultColours.rag[assessment.rag]);
      const label = { red: "Red", amber: "Amber", green: "Green", "not-rated": "Not rated" }[assessment.rag];
      expect(textOf(cell)).toBe(`${assessment.reported?.raw ?? ""}RAG: ${label}${assessment.because}`);
    });
  });

  it("leaves the reasons out when asked, and rates at the date given", async () => {
    const early = renderProgressReport(plan, progress, {
      created,
      ragReasons: false,
      assess: { at: "2010-07-01" },
    });
    const cells = progressCells(await partOf(early));
    expect(textOf(cells[0] ?? "")).toBe("Minutes forwarded to Chief Officer for information.RAG: Green");
    expect(paragraphsOf(await partOf(early)).map(textOf)).toContain(
      "Assessed at 1 July 2010: 9 items on 4 actions of the plan. Each rating is printed in words beside its colour.",
    );
  });
});
