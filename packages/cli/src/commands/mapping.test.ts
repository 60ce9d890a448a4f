import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatMappingReport } from "@cja-kit/core";
import { readPlanCsv, writePlanCsv } from "@cja-kit/csv";
import { seedDocuments } from "@cja-kit/seed-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../test/support/run";
import { removeTempFolders, tempFolder, writeSeedFiles } from "../../test/support/seed-files";

afterAll(removeTempFolders);

const fixtures = join(import.meta.dirname, "../../test/fixtures");
let folder: string;

beforeAll(() => {
  folder = tempFolder("mapping");
  writeSeedFiles(folder);
});

describe("cja-kit mapping", () => {
  it("prints the csv reader's own mapping report for a seed's document layout", async () => {
    const plan = seedDocuments.find((doc) => doc.slug === "lothian-borders-action-plan-2010-11");
    if (plan?.kind !== "plan") throw new Error("the L&B seed is a plan");
    const { csv } = writePlanCsv(plan.plan, { layout: "document", progress: plan.progress });
    writeFileSync(join(folder, "lb.document.csv"), csv);
    const ran = await run(["mapping", "lb.document.csv", "--authority", "lothian-borders"], folder);
    expect(ran.code, ran.stderr).toBe(0);
    const read = readPlanCsv(new TextEncoder().encode(csv), {
      plan: {
        kind: "action-plan",
        authority: plan.plan.authority,
        period: { from: "2010-11", to: "2010-11" },
      },
    });
    const lines = ran.stdout.split("\n");
    expect(lines[0]).toBe("lb.document.csv: plan, CSV");
    // The command adds nothing of its own between the file line and the reader's report.
    expect(lines.slice(1, 1 + formatMappingReport(read.report).split("\n").length).join("\n")).toBe(
      formatMappingReport(read.report),
    );
    expect(ran.stdout).toMatch(/"Work Group\/ Chair" +→ lead +\(alias "Work Group\/ Chair"\)/);
  });

  it("reads real headings cja-kit did not write: the Scottish Government's delivery plan (gov.scot, OGL v3.0)", async () => {
    const ran = await run(["mapping", join(fixtures, "delivery-plan-2024.csv"), "--format", "json"], folder);
    expect(ran.code, ran.stderr).toBe(0);
    const { report } = JSON.parse(ran.stdout) as {
      report: { columns: Array<{ label: string; role: { column?: { field: string } }; matchedBy: string }> };
    };
    expect(report.columns.map((c) => [c.label, c.role.column?.field, c.matchedBy])).toEqual([
      ["No.", "number", "alias"],
      ["Deliverable", "title", "alias"],
      ["Timescale", "timescale", "canonical"],
      ["Opened", "extra", "none"],
      ["Closed", "extra", "none"],
      ["Additional information", "extra", "alias"],
    ]);
  });

  it("tells a progress CSV and a committee-report CSV by their headings", async () => {
    const progress = await run(["mapping", "lanarkshire-progress-2010-11-q2.progress.csv"], folder);
    expect(progress.stdout).toMatch(
      /^lanarkshire-progress-2010-11-q2\.progress\.csv: progress-return, CSV$/m,
    );
    expect(progress.stdout).toMatch(/^ {2}B +"Period" +→ return: period/m);
    expect(progress.stdout).toMatch(/^Cells: 81 non-empty, 81 placed in the model, 0 reported by an issue$/m);
    const report = await run(["mapping", "lanarkshire-chief-officers-update-2007.csv"], folder);
    expect(report.stdout).toMatch(/^ {2}F +"Text" +→ report: text/m);
  });

  it("names a committee-report CSV's seventh column and the cells of it that were not read", async () => {
    writeFileSync(
      join(folder, "report-notes.csv"),
      "Field,Section number,Section title,Role,Paragraph number,Text,Notes\n,1,Purpose,purpose,1.1,To update members.,A note\n",
    );
    const ran = await run(["mapping", "report-notes.csv"], folder);
    expect(ran.stdout).toMatch(/^Cells: 6 non-empty, 5 placed in the model, 1 reported by an issue$/m);
    expect(ran.stdout).toMatch(/^ {2}report-notes\.csv:2: warning table\/cell-not-read column "Notes"/m);
  });

  it("shows a heading that repeats an earlier one's meaning as extra data", async () => {
    const ran = await run(
      ["mapping", join(fixtures, "../../../../test/fixtures/hostile/duplicate-columns.csv")],
      folder,
    );
    expect(ran.stdout).toMatch(
      /"Lead Officer" +→ extra column "Lead Officer" +\(alias "Lead Officer"; a second column/,
    );
    expect(ran.stdout).toContain("warning table/same-field");
  });

  it("reads a workbook's sheet the same way, naming the sheet", async () => {
    const slug = "lanarkshire-progress-2010-11-q2";
    const wrote = await run(
      ["convert", `${slug}.json`, "map.xlsx", "--progress", `${slug}.progress.json`],
      folder,
    );
    expect(wrote.code, wrote.stderr).toBe(0);
    const ran = await run(
      ["mapping", "map.xlsx", "--kind", "progress", "--authority", "lanarkshire"],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/^map\.xlsx: progress-return, XLSX$/m);
    expect(ran.stdout).toMatch(/"Action" +→ return: action/);
    expect(ran.stdout).toMatch(/^Cells: (\d+) non-empty, \1 placed in the model/m);
  });

  it("reads a heading as the field --heading names, and refuses a --heading without a meaning", async () => {
    const wd = join(fixtures, "west-dunbartonshire-2017-18.csv");
    const ran = await run(["mapping", wd, "--heading", "Action=title"], folder);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(/^ {2}A +"Action" +→ title +\(headings option "title"\)$/m);
    const bare = await run(["mapping", wd, "--heading", "Action"], folder);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain(
      '--heading "Action" does not say how to read a heading: write HEADING=MEANING',
    );
  });

  it("fills a row's empty cells from the row above as merged cells, unless --merged-cells keep-empty", async () => {
    writeFileSync(join(folder, "merged.csv"), "Number,Title,Lead\n1,Meet the Board,CJA\n,Agree protocol,\n");
    const filled = await run(["mapping", "merged.csv"], folder);
    expect(filled.stdout).toContain('  row 3: "Lead" filled from row 2 (merged cells)');
    expect(filled.stdout).toContain("Give --merged-cells keep-empty if they were meant to be empty.");
    expect(filled.stdout).not.toContain("mergedCells");
    const kept = await run(["mapping", "merged.csv", "--merged-cells", "keep-empty"], folder);
    expect(kept.stdout).not.toContain("filled from row 2");
  });

  it("reads the worksheet --sheet names by tab number, and exits 1 for a sheet the workbook lacks", async () => {
    const slug = "lanarkshire-progress-2010-11-q2";
    await run(["convert", `${slug}.json`, "sheets.xlsx", "--progress", `${slug}.progress.json`], folder);
    const second = await run(["mapping", "sheets.xlsx", "--sheet", "3", "--kind", "progress"], folder);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/"Return id" +→ return: id/);
    const missing = await run(["mapping", "sheets.xlsx", "--sheet", "Nope"], folder);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      'error xlsx/sheet-not-found: The workbook has no sheet named "Nope"; its sheets are "Plan", "Ratings", "Progress", "README".',
    );
  });

  it("says an indicator workbook has no mapping report, and points to validate", async () => {
    const slug = "lothian-borders-action-plan-2010-11.indicators";
    await run(["convert", `${slug}.json`, "mapped-indicators.xlsx"], folder);
    const ran = await run(["mapping", "mapped-indicators.xlsx"], folder);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(
      "mapped-indicators.xlsx: an indicator set is read by its own reader (one row per indicator, a column per period), not by the table import mapping shows; cja-kit validate lists every issue met reading it.",
    );
  });

  it("refuses JSON, which has keys rather than headings, and exits 1 for an empty file", async () => {
    expect((await run(["mapping", "lanarkshire-progress-2010-11-q2.json"], folder)).code).toBe(2);
    writeFileSync(join(folder, "empty.csv"), "\n\n");
    const empty = await run(["mapping", "empty.csv"], folder);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain("No heading row");
    expect(empty.stdout).toContain("error table/no-heading-row");
  });
});
