import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, STACK_LINE } from "../../test/support/run";
import { removeTempFolders, type SeedFile, tempFolder, writeSeedFiles } from "../../test/support/seed-files";

afterAll(removeTempFolders);

let folder: string;
let seeds: SeedFile[];

beforeAll(() => {
  folder = tempFolder("validate");
  seeds = writeSeedFiles(folder);
});

describe("cja-kit validate", () => {
  it("finds no error in any seed document, CSV or JSON, and says what each file is", async () => {
    for (const seed of seeds) {
      const ran = await run(["validate", seed.name, ...seed.options], folder);
      expect(ran.code, `${seed.name}\n${ran.stdout}${ran.stderr}`).toBe(0);
      expect(ran.stdout).toContain(
        `${seed.name}: ${seed.kind}, ${seed.name.endsWith(".csv") ? "CSV" : "JSON"}: 0 errors`,
      );
    }
  });

  it("tells the kind of a CSV from its headings: a progress return and a committee report", async () => {
    const csvs = seeds.filter((seed) => seed.name.endsWith(".csv") && seed.kind !== "plan");
    for (const seed of csvs) {
      const ran = await run(["validate", seed.name, "--authority", "lanarkshire"], folder);
      expect(ran.stdout).toContain(`${seed.name}: ${seed.kind}, CSV`);
    }
  });

  it("lists a located line per issue, with row and column, and exits 1 on an error", async () => {
    writeFileSync(
      join(folder, "bad-date.csv"),
      "Number,Title,Timescale\n1,Hold the first board meeting,31/02/2009\n2,Publish the plan,July 2008\n",
    );
    const ran = await run(
      ["validate", "bad-date.csv", "--authority", "lanarkshire", "--period", "2008-09"],
      folder,
    );
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(
      /^bad-date\.csv:2: error timescale\/invalid-date column "Timescale", action 1: /m,
    );
    expect(ran.stdout).toContain("bad-date.csv: plan, CSV: 1 error");
  });

  it("prints one JSON document with --format json, every issue in it", async () => {
    const ran = await run(
      [
        "validate",
        "bad-date.csv",
        "lothian-borders-action-plan-2010-11.json",
        "--authority",
        "lanarkshire",
        "--period",
        "2008-09",
        "--format",
        "json",
      ],
      folder,
    );
    const report = JSON.parse(ran.stdout);
    expect(ran.code).toBe(1);
    expect(report).toMatchObject({ ok: false, files: 2, failed: 1, errors: 1 });
    expect(report.reports[0].issues[0]).toMatchObject({
      code: "timescale/invalid-date",
      row: 2,
      column: "Timescale",
    });
    expect(report.reports[1]).toMatchObject({
      file: "lothian-borders-action-plan-2010-11.json",
      kind: "plan",
      ok: true,
    });
  });

  it("gives a JSON file's issues their line", async () => {
    writeFileSync(
      join(folder, "truncated.json"),
      '{\n  "format": "cja-kit/plan",\n  "version": 1,\n  "data": {',
    );
    const ran = await run(["validate", "truncated.json"], folder);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^truncated\.json:\d+: error json\/syntax-error/m);
  });

  it.each([
    [["validate", "plan.csv"], /plan\.csv: cannot read it: no such file/],
    [["validate", "lothian-borders-action-plan-2010-11.csv"], /give --authority/],
    [["validate", "lothian-borders-action-plan-2010-11.csv", "--authority", "lanarkshire"], /give --period/],
    [["validate", "notes.md"], /cannot tell the format from the extension "\.md"/],
    [["validate", "plan.docx"], /cannot read them/],
    [["validate", "plan.xlsx"], /plan\.xlsx: cannot read it: no such file/],
    [
      ["validate", "lothian-borders-action-plan-2010-11.json", "--sheet", "Plan"],
      /--sheet names a worksheet of an \.xlsx file/,
    ],
    [["validate", "x.json", "--kind", "spreadsheet"], /Allowed choices are plan, action-plan/],
    [
      ["validate", "x.json", "--authority", "Atlantis"],
      /"Atlantis" names no known CJA, partnership or national body/,
    ],
    [["validate"], /missing required argument 'files'/],
  ])("exits 2 with one line for %j", async (args, message) => {
    const ran = await run(args, folder);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(message);
    expect(ran.stderr).not.toMatch(STACK_LINE);
  });

  it("checks every input before reading any, so a mistyped name stops the run at once", async () => {
    const ran = await run(["validate", "lothian-borders-action-plan-2010-11.json", "missing.json"], folder);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
  });

  it("stops when the signal is aborted, with the interrupted exit code", async () => {
    const controller = new AbortController();
    controller.abort();
    const ran = await run(
      ["validate", "lothian-borders-action-plan-2010-11.json"],
      folder,
      controller.signal,
    );
    expect(ran.code).toBe(130);
    expect(ran.stderr).toContain("Stopped after 0 of 1 files.");
  });
});
