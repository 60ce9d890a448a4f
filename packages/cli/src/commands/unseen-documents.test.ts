import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../test/support/run";
import { removeTempFolders, tempFolder } from "../../test/support/seed-files";

// A new user's first session on tables no one here wrote (sources in test/fixtures/README.md):
// the national delivery plan's table of deliverables (update 2, March 2024) and East Ayrshire's
// improvement plan 2017, each as an officer would save it from the published document.

afterAll(removeTempFolders);

const fixtures = join(import.meta.dirname, "../../test/fixtures");
const deliverables = "delivery-plan-update-2-deliverables.csv";
const eastAyrshire = "east-ayrshire-improvement-plan-2017.csv";
// How a library message names its API rather than this command's flags.
const API = /\b(?:options\.\w+|max[A-Z]\w*|mergedCells)\b|\{ "|\bthe \w+ option\b|\bPass \w+:/;
const national = ["--authority", "Scottish Government", "--period", "2023-24"];
const update2 = ["--return-period", "Update 2 (2024-01-01 to 2024-03-31)"];
const ayrshire = ["--authority", "East Ayrshire", "--period", "2017-18"];

let folder: string;
beforeAll(() => {
  folder = tempFolder("unseen");
  for (const file of [deliverables, eastAyrshire]) copyFileSync(join(fixtures, file), join(folder, file));
});

async function wordText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(folder, file)));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

describe("cja-kit on the delivery plan's table of deliverables", () => {
  it("maps it in the command's own terms, and does not count issues it did not check", async () => {
    const ran = await run(["mapping", deliverables], folder);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain('"Responsibility"             → lead');
    expect(ran.stdout).toContain(
      'but no --return-period was given to read them into a return (e.g. --return-period "2010-11 Q2")',
    );
    expect(ran.stdout).toContain(
      "The document itself was not checked (--authority and --period not given): cja-kit validate checks it.",
    );
    expect(ran.stdout).not.toMatch(API);
    const owned = await run(["mapping", deliverables, ...national, ...update2], folder);
    expect(owned.stdout).toContain("Cells: 26 non-empty, 26 placed in the model, 0 reported by an issue");
    expect(owned.stdout).toContain("1 other issue about the document itself: cja-kit validate lists them.");
  });

  it("keeps every status, date and sum as the officer wrote them, into JSON and Word", async () => {
    const convert = await run(
      [
        "convert",
        deliverables,
        "deliverables.json",
        ...national,
        ...update2,
        "--progress-out",
        "update-2.json",
      ],
      folder,
    );
    expect(convert.code, convert.stderr).toBe(0);
    expect(convert.stderr).toContain(
      'timescale/unparsed column "Timescale", action 1: No date, period or recurrence could be read in "Deliverable completed – see section ‘Previously completed deliverables’"',
    );
    const entries = JSON.parse(readFileSync(join(folder, "update-2.json"), "utf8")).data.entries as Array<{
      action: string;
      status: { raw: string; status: string };
    }>;
    expect(entries.map((entry) => [entry.action, entry.status.raw, entry.status.status])).toEqual([
      ["1", "Deliverable completed – see section ‘Previously completed deliverables’", "complete"],
      ["2", "In progress (with revised timescale)", "rescheduled"],
      ["42", "In progress", "ongoing"],
      ["43", "Outstanding", "overdue"],
    ]);
    const plan = readFileSync(join(folder, "deliverables.json"), "utf8");
    for (const words of [
      "Q3 2024/25",
      "By March 2025",
      "£12.5k",
      "Lead partner - Community Justice Scotland",
    ])
      expect(plan).toContain(words);
    const render = await run(
      ["render", "deliverables.json", "--progress", "update-2.json", "-o", "d.docx"],
      folder,
    );
    expect(render.code, render.stderr).toBe(0);
    const body = await wordText("d.docx");
    for (const words of ["In progress (with revised timescale)", "Outstanding", "Q3 2024/25", "£12.5k"])
      expect(body).toContain(words);
  });
});

describe("cja-kit on East Ayrshire's improvement plan", () => {
  it("says how to map its headings with --heading, and keeps every cell", async () => {
    const ran = await run(["mapping", eastAyrshire, ...ayrshire], folder);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain(
      '"Proposed Action"            → title                        (alias "Proposed action")',
    );
    expect(ran.stdout).toContain('Map it with --heading, e.g. --heading "Area for improvement=lead".');
    expect(ran.stdout).toContain("Cells: 21 non-empty, 21 placed in the model, 0 reported by an issue");
    expect(ran.stdout).not.toMatch(API);
  });

  it("reads it with the headings the warning named, keeping its years and 'Ongoing'", async () => {
    const headings = ["--heading", "Proposed Action=title", "--heading", "Area for improvement=localTarget"];
    const ran = await run(["convert", eastAyrshire, "ea.json", ...ayrshire, ...headings], folder);
    expect(ran.code, ran.stderr).toBe(0);
    const plan = readFileSync(join(folder, "ea.json"), "utf8");
    expect(plan).toContain('"raw": "Ongoing"');
    expect(plan).toContain('"precision": "financial-year"');
    // Its group rows are read as rows of the action above (the first column is a target), each named.
    const told = `${ran.stdout}${ran.stderr}`;
    expect(told).toContain("table/heading-like-row");
    expect(told).toContain('"Priority 1.3: Improve the vibrancy of our town centres"');
    expect(told).toContain('--heading "Area for improvement=measure"');
    expect(told).not.toMatch(API);
    for (const words of [
      "Continue to implement actions in line with the Tourism Action Plan 2016/2020.",
      "Scottish Enterprise",
    ])
      expect(plan).toContain(words);
  });
});

describe("cja-kit rollup on a plan whose actions name no outcome", () => {
  it("names the rated actions a roll-up by outcome cannot count, instead of leaving them out unsaid", async () => {
    await run(
      ["convert", deliverables, "r.json", ...national, ...update2, "--progress-out", "r.progress.json"],
      folder,
    );
    const ran = await run(["rollup", "r.json", "r.progress.json", "--framework", "cjpf-2023"], folder);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain("Not rated: no actions.");
    expect(ran.stderr).toContain(
      `note: 4 rated actions serve no outcome of cjpf-2023 (no outcome reference, or none that maps into it), so no outcome's group counts them: 1, 2, 42, 43. Give them outcome references (an "Outcome refs" column), or roll up --by plan or --by theme.`,
    );
    const byPlan = await run(["rollup", "r.json", "r.progress.json", "--by", "plan"], folder);
    expect(byPlan.stdout).toContain("4 of 4 actions rated (100%)");
    expect(byPlan.stderr).not.toContain("note:");
  });
});
