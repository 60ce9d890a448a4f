import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { communityJusticeAuthorities } from "@cja-kit/core";
import { readPlanCsv, writePlanCsv } from "@cja-kit/csv";
import { seedDocuments } from "@cja-kit/seed-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../../test/support/run";
import { removeTempFolders, tempFolder, writeSeedFiles } from "../../test/support/seed-files";
import { csvHeader } from "../formats/csv-header";
import { csvHeadingMap } from "../formats/csv-heading-map";

afterAll(removeTempFolders);

const fixtures = join(import.meta.dirname, "../../test/fixtures");
let folder: string;

beforeAll(() => {
  folder = tempFolder("mapping");
  writeSeedFiles(folder);
});

describe("cja-kit mapping", () => {
  it("says how each heading of a seed's own columns is read", async () => {
    const plan = seedDocuments.find((doc) => doc.slug === "lothian-borders-action-plan-2010-11");
    if (plan?.kind !== "plan") throw new Error("the L&B seed is a plan");
    writeFileSync(
      join(folder, "lb.document.csv"),
      writePlanCsv(plan.plan, { layout: "document", progress: plan.progress }).csv,
    );
    const ran = await run(["mapping", "lb.document.csv"], folder);
    expect(ran.code).toBe(0);
    expect(ran.stdout.split("\n")).toEqual([
      "lb.document.csv: plan CSV, utf-8, comma-separated, 8 columns",
      '  1 "Key Measure" → the action\'s key measure (by its alias)',
      '  2 "Specific Operational Detail" → the action\'s operational detail (by its alias)',
      '  3 "Timescale" → the action\'s timescale',
      '  4 "Year 2 Progress/ Amendments" → the action\'s progress (by its alias)',
      '  5 "New Outcome Year 3" → the action\'s next steps (by its alias)',
      '  6 "Work Group/ Chair" → the action\'s lead (by its alias)',
      '  7 "Re-sources" → the action\'s resources',
      '  8 "2011-14 Area Plan y/n" → kept as extra data: no field is known by this heading',
      "",
    ]);
  });

  it("reads real headings cja-kit did not write: the Scottish Government's delivery plan (gov.scot, OGL v3.0)", async () => {
    const ran = await run(["mapping", join(fixtures, "delivery-plan-2024.csv"), "--format", "json"], folder);
    const columns = JSON.parse(ran.stdout).columns as Array<{
      label: string;
      role: { kind: string; field?: string };
    }>;
    expect(columns.map((c) => [c.label, c.role.field ?? c.role.kind])).toEqual([
      ["No.", "number"],
      ["Deliverable", "extra"],
      ["Timescale", "timescale"],
      ["Opened", "extra"],
      ["Closed", "extra"],
      ["Additional information", "extra"],
    ]);
  });

  it("tells a progress CSV and a committee-report CSV by their headings", async () => {
    const progress = await run(["mapping", "lanarkshire-progress-2010-11-q2.progress.csv"], folder);
    expect(progress.stdout).toMatch(/^ {2}2 "Period" → the return's period$/m);
    expect(progress.stdout).toMatch(/^ {2}9 "Progress by council" → progress: by council$/m);
    const report = await run(["mapping", "lanarkshire-chief-officers-update-2007.csv"], folder);
    expect(report.stdout).toMatch(/^ {2}6 "Text" → the report's text$/m);
  });

  it("warns that a committee-report CSV's seventh column is not read at all", async () => {
    writeFileSync(
      join(folder, "report-notes.csv"),
      "Field,Section number,Section title,Role,Paragraph number,Text,Notes\n,1,Purpose,purpose,1.1,To update members.,A note\n",
    );
    const ran = await run(["mapping", "report-notes.csv"], folder);
    expect(ran.stdout).toMatch(
      /^ {2}7 "Notes" → NOT READ: the committee-report reader reads the first six columns/m,
    );
  });

  it("shows a heading that repeats an earlier one's meaning as extra data", async () => {
    const ran = await run(
      ["mapping", join(fixtures, "../../../../test/fixtures/hostile/duplicate-columns.csv")],
      folder,
    );
    expect(ran.stdout).toContain(
      '3 "Lead Officer" → kept as extra data: it means the same as column 2 ("Lead")',
    );
  });

  it("refuses JSON, which has keys rather than headings, and an empty file", async () => {
    expect((await run(["mapping", "lanarkshire-progress-2010-11-q2.json"], folder)).code).toBe(2);
    writeFileSync(join(folder, "empty.csv"), "\n\n");
    const empty = await run(["mapping", "empty.csv"], folder);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("empty.csv: has no header row to read.");
  });
});

describe("csvHeadingMap", () => {
  // The map is told from core's aliases and the csv writers' labels; the reader is the truth.
  it.each(
    seedDocuments.flatMap((doc) =>
      doc.kind === "plan"
        ? (["canonical", "document"] as const).map((layout) => [doc.slug, layout, doc] as const)
        : [],
    ),
  )("agrees with readPlanCsv on every field column of %s (%s layout)", (_slug, layout, doc) => {
    if (doc.kind !== "plan") return;
    const { csv } = writePlanCsv(doc.plan, { layout, progress: doc.progress });
    const bytes = new TextEncoder().encode(csv);
    const read = readPlanCsv(bytes, {
      plan: {
        kind: doc.plan.kind,
        authority: communityJusticeAuthorities.lanarkshire,
        period: doc.plan.period,
      },
    });
    if (!read.ok) throw new Error(read.issues.map((issue) => issue.message).join("\n"));
    const fields = csvHeadingMap(csvHeader(bytes)?.labels ?? [], "plan").flatMap((r) =>
      r.role.kind === "field" ? [{ label: r.label, field: r.role.field, key: r.role.key }] : [],
    );
    expect(fields).toEqual(
      read.value.plan.columns.map((c) => ({ label: c.label, field: c.field, key: c.key })),
    );
  });

  it("reads a Windows-1252 file with semicolons as Excel saves it in some locales", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("Number;Title;Resources (\u00a3)\r\n").map((b) => b),
    ]);
    const latin = Uint8Array.from(
      Buffer.from("Number;Title;Resources (\u00a3)\r\n1;Meet;\u00a35\r\n", "latin1"),
    );
    expect(csvHeader(bytes)).toMatchObject({ encoding: "utf-8", delimiter: ";" });
    expect(csvHeader(latin)).toMatchObject({
      encoding: "windows-1252",
      delimiter: ";",
      labels: ["Number", "Title", "Resources (£)"],
    });
    expect(readFileSync(join(fixtures, "west-dunbartonshire-2017-18.csv")).length).toBeGreaterThan(0);
  });
});
