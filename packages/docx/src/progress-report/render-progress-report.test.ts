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
  it("opens with counts per status that occurs and per rating, in core's labels, totals adding up", async () => {
    const [statuses = "", ratings = ""] = tablesOf(
      await partOf(renderProgressReport(plan, progress, { created })),
    );
    const counts = rollUp("plan", "plan", assessPlan(plan, progress)).counts;
    const [statusLabels, statusCounts] = rowsOf(statuses).map((row) => cellsOf(row).map(textOf));
    const occurring = canonicalStatuses.filter((status) => counts.status[status] > 0);
    expect(statusLabels).toEqual(["On track", "In progress", "Partly complete", "Total"]);
    expect(statusLabels).toEqual([...occurring.map((status) => canonicalStatusLabels[status]), "Total"]);
    expect(statusCounts).toEqual(["5", "3", "1", "9"]);
    const [ragLabels, ragCounts] = rowsOf(ratings).map((row) => cellsOf(row).map(textOf));
    expect(ragLabels).toEqual(["Red", "Amber", "Green", "Not rated", "Total"]);
    expect(ragCounts).toEqual([...Object.values(counts.rag).map(String), "9"]);
  });

  it("counts an empty return's actions as not stated, with no column for statuses nobody reported", async () => {
    const [statuses = ""] = tablesOf(
      await partOf(renderProgressReport(plan, { ...progress, entries: [] }, { created })),
    );
    expect(rowsOf(statuses).map((row) => cellsOf(row).map(textOf))).toEqual([
      ["Not stated", "Total"],
      ["4", "4"],
    ]);
  });

  it("heads each national outcome's table with its wording as a Heading 1", async () => {
    const headings = paragraphsOf(await partOf(renderProgressReport(plan, progress, { created })))
      .filter((p) => stylesOf(p).includes("Heading1"))
      .map(textOf);
    expect(headings).toEqual(["Summary", ...plan.themes.map((theme) => theme.title)]);
  });

  it("shades each progress cell by its rating and prints the rating in words, with its reason or its check", async () => {
    const cells = progressCells(await partOf(renderProgressReport(plan, progress, { created })));
    const assessments = assessPlan(plan, progress);
    expect(cells).toHaveLength(9);
    cells.forEach((cell, i) => {
      const assessment = assessments[i];
      if (assessment === undefined) throw new Error("fewer assessments than rows");
      expect(fillOf(cell)).toBe(defaultColours.rag[assessment.rag]);
      const label = { red: "Red", amber: "Amber", green: "Green", "not-rated": "Not rated" }[assessment.rag];
      const checks = assessment.checks.map((check) => `Please check: ${check.because}`).join("");
      const reason = assessment.checks.length > 0 ? "" : assessment.because;
      expect(textOf(cell)).toBe(`${assessment.reported?.raw ?? ""}${label}${reason}${checks}`);
    });
  });

  it("lists core's checks under Please check and marks them in their cells, the reported rating kept", async () => {
    // Assessed in mid-November, action 2's second row, due October 2010, is reported on track.
    const assess = { at: "2010-11-15" };
    const xml = await partOf(renderProgressReport(plan, progress, { created, assess }));
    const texts = paragraphsOf(xml).map(textOf);
    const late =
      "Reported on track, but the planned date, 31 October 2010, has passed: please confirm the date or report a revised one.";
    const at = texts.indexOf("Please check");
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at + 1, at + 3)).toEqual([
      "On one point, what the return reports disagrees with the plan's dates or with the return's own rating. Please confirm each:",
      `Action 2 (row 2): ${late}`,
    ]);
    const cell = progressCells(xml)[3] ?? "";
    expect(textOf(cell)).toBe(`On targetGreenPlease check: ${late}`);
    expect(fillOf(cell)).toBe(defaultColours.rag.green);
    // Checks are shown even where reasons are left out: a disagreement is never silent.
    const brief = progressCells(
      await partOf(renderProgressReport(plan, progress, { created, assess, ragReasons: false })),
    );
    expect(textOf(brief[3] ?? "")).toBe(`On targetGreenPlease check: ${late}`);
  });

  it("leaves out Please check where nothing disagrees", async () => {
    const onTime = renderProgressReport(plan, progress, { created, assess: { at: "2010-01-15" } });
    expect(paragraphsOf(await partOf(onTime)).map(textOf)).not.toContain("Please check");
  });

  it("leaves the reasons out when asked, and rates at the date given", async () => {
    const early = renderProgressReport(plan, progress, {
      created,
      ragReasons: false,
      assess: { at: "2010-07-01" },
    });
    const cells = progressCells(await partOf(early));
    expect(textOf(cells[0] ?? "")).toBe("Minutes forwarded to Chief Officer for information.Green");
    expect(paragraphsOf(await partOf(early)).map(textOf)).toContain(
      "At 1 July 2010: 4 actions, all reported.",
    );
  });

  it("says in counts that add up how many actions were reported, and what the tables count", async () => {
    const texts = paragraphsOf(await partOf(renderProgressReport(plan, progress, { created }))).map(textOf);
    expect(texts).toContain("At 30 September 2010: 4 actions, all reported.");
    expect(texts).toContain("Status of the 9 rows of progress on the 4 actions");
    expect(texts).toContain("Rating of the 9 rows of progress on the 4 actions");
    expect(texts.join(" ")).not.toMatch(/Each rating is printed|RAG:|not recognised|items on/);
  });

  it("says plainly when a return reports nothing, and when it leaves actions out", async () => {
    const empty = paragraphsOf(
      await partOf(renderProgressReport(plan, { ...progress, entries: [] }, { created })),
    ).map(textOf);
    expect(empty).toContain(
      "At 30 September 2010: no progress has been reported on any of the plan's 4 actions.",
    );
    expect(empty).toContain("Status of the 4 actions");
    const some = paragraphsOf(
      await partOf(
        renderProgressReport(
          plan,
          { ...progress, entries: progress.entries.filter((e) => e.action !== "2") },
          { created },
        ),
      ),
    ).map(textOf);
    expect(some).toContain("At 30 September 2010: 4 actions, 3 reported.");
  });
});
