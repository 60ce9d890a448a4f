import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, STACK_LINE } from "../../test/support/run";
import {
  removeTempFolders,
  type SeedFile,
  tempFolder,
  writePartnershipFiles,
} from "../../test/support/seed-files";

// Today's kinds, on the published documents the seed data keeps (each folder cites its source):
// West Dunbartonshire's outcome improvement action plan 2017-18 and its indicators, the national
// delivery plan and its update 2, East Lothian's annual performance report 2023-24 and a national
// statistics table.

afterAll(removeTempFolders);

let folder: string;
let files: SeedFile[];
const wd = "west-dunbartonshire-action-plan-2017-18";
const national = "national-delivery-plan-2023";
const eastLothian = "east-lothian-performance-report-2023-24.1.json";
const statistics = "justice-social-work-statistics-2016-17-table-2.1.json";

beforeAll(() => {
  folder = tempFolder("partnerships");
  files = writePartnershipFiles(folder);
});

async function text(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(folder, file)));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("cja-kit on today's partnership documents", () => {
  it("validates each, naming its kind", async () => {
    const ran = await run(["validate", ...files.map((f) => f.name)], folder);
    expect(ran.code, ran.stdout).toBe(0);
    for (const file of files)
      expect(ran.stdout).toContain(`${file.name}: ${file.kind}, JSON: 0 errors, 0 warnings`);
    expect(ran.stdout).toContain(`${files.length} files: 0 with errors`);
  });

  it("prints an outcome improvement plan with its indicators after each theme", async () => {
    const ran = await run(
      ["render", `${wd}.1.json`, "--indicators", `${wd}.2.json`, "-o", "wd.docx"],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    const body = await text("wd.docx");
    expect(body).toContain("Community Justice Outcome Improvement Action Plan 2017-2018");
    expect(body).toContain("Perceptions of local crime rate");
  });

  it("prints the national delivery plan with update 2's status for its deliverable", async () => {
    const ran = await run(
      ["render", `${national}.1.json`, "--progress", `${national}.3.json`, "-o", "update-2.docx"],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    const body = await text("update-2.docx");
    expect(body).toContain("Update 2 – March 2024: 1 January 2024 to 31 March 2024");
    expect(body).toContain("Status of the 1 deliverable in this update");
  });

  it("prints an annual performance report and an indicator set as their own kinds", async () => {
    expect((await run(["render", eastLothian, "-o", "apr.docx"], folder)).code).toBe(0);
    expect(await text("apr.docx")).toContain("Reporting year 2023-24: 1 April 2023 to 31 March 2024");
    expect((await run(["render", statistics, "-o", "table-2.docx"], folder)).code).toBe(0);
    expect(await text("table-2.docx")).toContain("Up 2,464 from 18,044 in 2010-11 to 20,508 in 2016-17.");
  });

  it("converts an indicator set to a workbook and a delivery plan to CSV", async () => {
    const workbook = await run(["convert", statistics, "table-2.xlsx"], folder);
    expect(workbook.code, workbook.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(folder, "table-2.xlsx")));
    expect(await zip.file("xl/workbook.xml")?.async("string")).toContain('name="Indicators"');
    const csv = await run(["convert", `${national}.1.json`, "delivery-plan.csv"], folder);
    expect(csv.code, csv.stderr).toBe(0);
    const back = await run(
      [
        "validate",
        "delivery-plan.csv",
        "--kind",
        "delivery-plan",
        "--authority",
        "Scottish Government",
        "--period",
        "2023-26",
      ],
      folder,
    );
    expect(back.code, back.stdout).toBe(0);
  });

  it.each([
    [["convert", eastLothian, "apr.xlsx"], /annual performance reports have no XLSX form/],
    [
      ["render", `${wd}.1.json`, "--indicators", `${wd}.2.json`, "--kind", "action-plan"],
      /--indicators places indicators under an outcome improvement plan/,
    ],
  ])("refuses %j with one line and exit code 2", async (args, message) => {
    const ran = await run(args, folder);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(message);
    expect(ran.stderr).not.toMatch(STACK_LINE);
  });

  it("reads a document as the kind --kind names, so a report given as a plan is a data error (exit 1)", async () => {
    const ran = await run(["render", eastLothian, "--kind", "delivery-plan"], folder);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(
      /^east-lothian-performance-report-2023-24\.1\.json:3: error json\/unexpected-format: Expected a cja-kit\/plan document but the file is cja-kit\/annual-performance-report\.$/m,
    );
  });
});
