import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assessPlan, rollUpByOutcome } from "@cja-kit/core";
import { write } from "@cja-kit/json";
import { lothianBordersActionPlan2010_11, lothianBordersProgressYear2 } from "@cja-kit/seed-data";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, STACK_LINE } from "../../test/support/run";
import { removeTempFolders, type SeedFile, tempFolder, writeSeedFiles } from "../../test/support/seed-files";

afterAll(removeTempFolders);

let folder: string;
let seeds: SeedFile[];
const lothian = "lothian-borders-action-plan-2010-11";
const options = (name: string) => seeds.find((seed) => seed.name === name)?.options ?? [];

beforeAll(() => {
  folder = tempFolder("rollup");
  seeds = writeSeedFiles(folder);
});

describe("cja-kit rollup", () => {
  it("rolls a plan and its return up by the 14 outcomes, as core does", async () => {
    const ran = await run(
      [
        "rollup",
        `${lothian}.json`,
        `${lothian}.progress.json`,
        "--framework",
        "nab-2008",
        "--format",
        "json",
      ],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    const expected = rollUpByOutcome(
      assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2),
      {
        framework: "nab-2008",
      },
    );
    expect(JSON.parse(ran.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("prints each outcome's rating and reason as text", async () => {
    const ran = await run(
      ["rollup", `${lothian}.csv`, ...options(`${lothian}.csv`), "--framework", "nab-2008"],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toMatch(
      /^B3 Reduced or stabilised substance misuse\n {2}(Red|Amber|Green|Not rated): \d+ red, \d+ amber, \d+ green, \d+ not rated; \d+ of \d+ actions rated/m,
    );
  });

  it("rolls two authorities' plans up together, each return with its plan, into a Word report and a CSV", async () => {
    const files = ["lanarkshire-progress-2010-11-q2.csv", ...options("lanarkshire-progress-2010-11-q2.csv")];
    const word = await run(
      ["rollup", `${lothian}.json`, `${lothian}.progress.json`, "--by", "plan", "--out", "plans.docx"],
      folder,
    );
    expect(word.code, word.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(folder, "plans.docx")));
    expect(await zip.file("word/document.xml")?.async("string")).toContain("Progress by plan");
    const csv = await run(["rollup", ...files, "--by", "theme", "--out", "themes.csv"], folder);
    expect(csv.code, csv.stderr).toBe(0);
    expect(readFileSync(join(folder, "themes.csv"), "utf8")).toContain("Key,Level,Group,Rating");
  });

  it("rolls up by the rule and coverage given, as core does with those options", async () => {
    const args = [`${lothian}.json`, `${lothian}.progress.json`, "--framework", "nab-2008"];
    const ran = await run(
      [
        "rollup",
        ...args,
        "--rule",
        "share",
        "--red-share",
        "10%",
        "--min-coverage",
        "95",
        "--format",
        "json",
      ],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    const expected = rollUpByOutcome(
      assessPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2),
      {
        framework: "nab-2008",
        rule: { kind: "share", red: 0.1, amber: 0.5 },
        minCoverage: 0.95,
        belowCoverage: "decline",
      },
    );
    expect(JSON.parse(ran.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    // A1: 13 of its 14 actions rated (93%) is under 95%, so it is not rated, and the text says why.
    const text = await run(["rollup", ...args, "--rule", "majority", "--min-coverage", "95%"], folder);
    expect(text.stdout).toMatch(
      /^Rule: Majority; a group with under 95% of its actions rated is not rated\.$/m,
    );
    expect(text.stdout).toMatch(/^ {2}Not rated: only 13 of 14 actions rated \(93%\)/m);
    const flagged = await run(
      ["rollup", ...args, "--min-coverage", "95%", "--below-coverage", "flag", "--format", "json"],
      folder,
    );
    const a1 = (JSON.parse(flagged.stdout) as Array<{ key: string; rag: string; lowCoverage: boolean }>)[0];
    expect(a1).toMatchObject({ key: "nab-2008:A1", rag: "green", lowCoverage: true });
  });

  it("writes a roll-up as an Excel workbook with its Roll-up sheet", async () => {
    const ran = await run(
      ["rollup", `${lothian}.json`, `${lothian}.progress.json`, "--by", "theme", "--out", "themes.xlsx"],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(folder, "themes.xlsx")));
    expect(await zip.file("xl/workbook.xml")?.async("string")).toContain('name="Roll-up"');
  });

  it("gives each return to the plan it names, whatever the order of the files", async () => {
    const files = [
      `${lothian}.json`,
      "lanarkshire-progress-2010-11-q2.json",
      "lanarkshire-progress-2010-11-q2.progress.json",
      `${lothian}.progress.json`,
    ];
    const ran = await run(["rollup", ...files, "--by", "plan", "--format", "json"], folder);
    expect(ran.code, ran.stderr).toBe(0);
    const plans = JSON.parse(ran.stdout) as Array<{ label: string; counts: { rag: Record<string, number> } }>;
    expect(plans.map((p) => p.label)).toEqual([
      "ACTION PLAN 2010-11 (Lothian & Borders Community Justice Authority)",
      expect.stringContaining("(Lanarkshire Community Justice Authority)"),
    ]);
    expect(
      plans.every((p) => (p.counts.rag.green ?? 0) + (p.counts.rag.amber ?? 0) + (p.counts.rag.red ?? 0) > 0),
    ).toBe(true);
  });

  it("will not guess which plan a return belongs to", async () => {
    const { planId: _planId, ...unnamed } = lothianBordersProgressYear2;
    writeFileSync(join(folder, "unnamed.json"), write({ format: "progress-return", data: unnamed }));
    const ran = await run(
      [
        "rollup",
        `${lothian}.json`,
        "lanarkshire-progress-2010-11-q2.json",
        "unnamed.json",
        "--framework",
        "nab-2008",
      ],
      folder,
    );
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/unnamed\.json: cannot tell which plan this return reports on/);
  });

  it.each([
    [["rollup", `${lothian}.json`], /--by outcome needs --framework/],
    [
      ["rollup", `${lothian}.json`, "--framework", "nab-2009"],
      /"nab-2009" is not a framework cja-kit knows: give one of nsmo-2006, nab-2008/,
    ],
    [
      ["rollup", `${lothian}.json`, "--by", "plan"],
      /the plan has no progress return, so there is no date to rate it at/,
    ],
    [
      ["rollup", `${lothian}.json`, "--by", "plan", "--out", "r.json"],
      /roll-ups are written as \.csv, \.xlsx or \.docx/,
    ],
    [
      ["rollup", `${lothian}.json`, "--by", "plan", "--min-coverage", "0.5"],
      /--min-coverage "0\.5": give a percentage, e\.g\. 50 or 50%/,
    ],
    [["rollup", `${lothian}.json`, "--by", "plan", "--min-coverage", "120%"], /is not a percentage/],
    [
      ["rollup", `${lothian}.json`, "--by", "plan", "--red-share", "30%"],
      /--red-share sets a threshold of --rule share/,
    ],
    [
      ["rollup", `${lothian}.json`, "--by", "plan", "--rule", "best-of"],
      /Allowed choices are worst-of, majority/,
    ],
    [["rollup", `${lothian}.json`, "--by", "plan", "--at", "2010-02-31"], /--at "2010-02-31" is not a date/],
    [
      ["rollup", "lanarkshire-chief-officers-update-2007.json", "--by", "plan"],
      /rollup reads plans and progress returns/,
    ],
  ])("refuses %j with one line", async (args, message) => {
    const ran = await run(args, folder);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(message);
    expect(ran.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(folder, "r.xlsx"))).toBe(false);
  });
});
