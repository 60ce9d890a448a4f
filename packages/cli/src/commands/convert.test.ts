import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { read } from "@cja-kit/json";
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
  folder = tempFolder("convert");
  seeds = writeSeedFiles(folder);
});

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(folder, file)));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

describe("cja-kit convert", () => {
  it("turns a CSV plan with its progress into a JSON plan and a JSON return that match the seed", async () => {
    const args = [
      "convert",
      `${lothian}.csv`,
      "lb.json",
      ...options(`${lothian}.csv`),
      "--progress-out",
      "lb.progress.json",
    ];
    const ran = await run(args, folder);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stderr).toContain("wrote lb.json");
    const plan = read(readFileSync(join(folder, "lb.json"), "utf8"), { format: "plan" });
    const progress = read(readFileSync(join(folder, "lb.progress.json"), "utf8"), {
      format: "progress-return",
    });
    expect(plan.ok && plan.value.data.themes).toEqual(lothianBordersActionPlan2010_11.themes);
    expect(progress.ok && progress.value.data.entries.length).toBe(
      lothianBordersProgressYear2.entries.length,
    );
  });

  it("refuses to drop a CSV's progress silently when the output is a JSON plan", async () => {
    const ran = await run(
      ["convert", `${lothian}.csv`, "dropped.json", ...options(`${lothian}.csv`)],
      folder,
    );
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("give --progress-out RETURN.json to keep it, or --drop-progress");
    expect(existsSync(join(folder, "dropped.json"))).toBe(false);
    const dropped = await run(
      ["convert", `${lothian}.csv`, "dropped.json", ...options(`${lothian}.csv`), "--drop-progress"],
      folder,
    );
    expect(dropped.code).toBe(0);
  });

  it("writes a JSON plan as a CSV in its own columns, and the CSV reads back", async () => {
    const ran = await run(
      [
        "convert",
        `${lothian}.json`,
        "lb.document.csv",
        "--layout",
        "document",
        "--progress",
        `${lothian}.progress.json`,
      ],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    const text = readFileSync(join(folder, "lb.document.csv"), "utf8");
    expect(text.split("\r\n")[0]).toContain(
      "Key Measure,Specific Operational Detail,Timescale,Year 2 Progress/ Amendments",
    );
    const back = await run(["validate", "lb.document.csv", ...options(`${lothian}.csv`)], folder);
    expect(back.code, back.stdout).toBe(0);
  });

  it("prints a plan as Word with the seed's wording", async () => {
    const ran = await run(
      ["convert", `${lothian}.json`, "lb.docx", "--progress", `${lothian}.progress.json`],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    expect(await documentXml("lb.docx")).toContain("Specific Operational Detail");
  });

  it("converts a committee report CSV to JSON and a progress CSV to JSON", async () => {
    const report = await run(
      [
        "convert",
        "lanarkshire-chief-officers-update-2007.csv",
        "update.json",
        "--authority",
        "Lanarkshire CJA",
      ],
      folder,
    );
    expect(report.code, report.stderr).toBe(0);
    const progress = await run(
      ["convert", "lanarkshire-progress-2010-11-q2.progress.csv", "q2.json", "--authority", "lanarkshire"],
      folder,
    );
    expect(progress.code, progress.stderr).toBe(0);
    expect(read(readFileSync(join(folder, "q2.json"), "utf8")).ok).toBe(true);
  });

  it("refuses to replace an output without --force, and replaces it whole with it", async () => {
    writeFileSync(join(folder, "taken.csv"), "keep me\n");
    const refused = await run(["convert", `${lothian}.json`, "taken.csv"], folder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("taken.csv exists; add --force to replace it.");
    expect(readFileSync(join(folder, "taken.csv"), "utf8")).toBe("keep me\n");
    const forced = await run(["convert", `${lothian}.json`, "taken.csv", "--force"], folder);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(folder, "taken.csv"), "utf8")).toContain("Theme 1 number");
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("writes nothing from an input with errors, and exits 1", async () => {
    writeFileSync(join(folder, "broken.csv"), "Number,Title,Timescale\n1,Meet,31/02/2009\n");
    const ran = await run(
      ["convert", "broken.csv", "broken.json", "--authority", "lanarkshire", "--period", "2008-09"],
      folder,
    );
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^broken\.csv:2: error timescale\/invalid-date/m);
    expect(existsSync(join(folder, "broken.json"))).toBe(false);
  });

  it("writes a plan with its progress as a workbook and reads it back with the same actions and progress", async () => {
    const slug = "lanarkshire-progress-2010-11-q2";
    const wrote = await run(
      ["convert", `${slug}.json`, "lq.xlsx", "--progress", `${slug}.progress.json`],
      folder,
    );
    expect(wrote.code, wrote.stderr).toBe(0);
    const back = await run(
      [
        "convert",
        "lq.xlsx",
        "lq.json",
        "--authority",
        "lanarkshire",
        "--period",
        "2010-11",
        "--area-period",
        "2008-11",
      ],
      folder,
    );
    expect(back.code, back.stderr).toBe(0);
    const plan = read(readFileSync(join(folder, "lq.json"), "utf8"), { format: "plan" });
    const seed = read(readFileSync(join(folder, `${slug}.json`), "utf8"), { format: "plan" });
    if (!plan.ok || !seed.ok) throw new Error("both plans read");
    const numbers = (p: typeof plan.value) =>
      p.data.themes.flatMap((theme) => (theme.actions ?? []).map((action) => action.number));
    expect(numbers(plan.value)).toEqual(numbers(seed.value));
    const returns = await run(
      ["convert", "lq.xlsx", "lq.progress.json", "--kind", "progress", "--authority", "lanarkshire"],
      folder,
    );
    expect(returns.code, returns.stderr).toBe(0);
    const progress = read(readFileSync(join(folder, "lq.progress.json"), "utf8"), {
      format: "progress-return",
    });
    if (!progress.ok) throw new Error(progress.issues.map((issue) => issue.message).join("\n"));
    expect(progress.value.data.entries).toHaveLength(9);
  });

  it("writes an indicator set as a workbook and reads it back with every figure, as an XLSX indicator set", async () => {
    const slug = "lothian-borders-action-plan-2010-11.indicators";
    const wrote = await run(["convert", `${slug}.json`, "ind.xlsx"], folder);
    expect(wrote.code, wrote.stderr).toBe(0);
    const seed = read(readFileSync(join(folder, `${slug}.json`), "utf8"), { format: "indicator-set" });
    if (!seed.ok) throw new Error("the seed reads");
    const { title, authority } = seed.value.data;
    const untitled = await run(["convert", "ind.xlsx", "ind.json", "--authority", authority.name], folder);
    expect(untitled.code).toBe(2);
    expect(untitled.stderr).toContain("ind.xlsx: an XLSX indicator set does not say its title: give --title");
    const back = await run(
      ["convert", "ind.xlsx", "ind.json", "--authority", authority.name, "--title", title],
      folder,
    );
    expect(back.code, back.stderr).toBe(0);
    const set = read(readFileSync(join(folder, "ind.json"), "utf8"), { format: "indicator-set" });
    if (!set.ok) throw new Error(set.issues.map((issue) => issue.message).join("\n"));
    expect(set.value.data.indicators.map((indicator) => indicator.series?.map((p) => p.raw))).toEqual(
      seed.value.data.indicators.map((indicator) => indicator.series?.map((p) => p.raw)),
    );
  });

  it("writes a committee report as a workbook and reads it back the same, told by its headings", async () => {
    const slug = "lanarkshire-chief-officers-update-2007";
    const wrote = await run(["convert", `${slug}.json`, "update.xlsx"], folder);
    expect(wrote.code, wrote.stderr).toBe(0);
    const back = await run(
      ["convert", "update.xlsx", "update-back.json", "--authority", "Lanarkshire CJA"],
      folder,
    );
    expect(back.code, back.stderr).toBe(0);
    const seed = read(readFileSync(join(folder, `${slug}.json`), "utf8"), { format: "committee-report" });
    const again = read(readFileSync(join(folder, "update-back.json"), "utf8"), {
      format: "committee-report",
    });
    if (!seed.ok || !again.ok) throw new Error("both reports read");
    expect(again.value.data.sections).toEqual(seed.value.data.sections);
  });

  it("tells a workbook's progress sheet by its headings without asking for a plan's years", async () => {
    const slug = "lanarkshire-progress-2010-11-q2";
    await run(["convert", `${slug}.progress.json`, "returns.xlsx"], folder);
    const ran = await run(["validate", "returns.xlsx", "--authority", "lanarkshire"], folder);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toContain("returns.xlsx: progress-return, XLSX: 0 errors");
  });

  it("says a workbook is XLSX, not CSV, when it asks whose plan it is", async () => {
    const slug = "lanarkshire-progress-2010-11-q2";
    await run(["convert", `${slug}.json`, "whose.xlsx", "--progress", `${slug}.progress.json`], folder);
    const ran = await run(["validate", "whose.xlsx"], folder);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe(
      'error: whose.xlsx: an XLSX plan does not say whose it is: give --authority (a code such as lanarkshire, or a name such as "Lothian & Borders").\n',
    );
  });

  it.each([
    [
      ["convert", `${lothian}.json`, "out.xlsx", "--layout", "canonical"],
      /--layout canonical is a CSV layout/,
    ],
    [
      ["convert", `${lothian}.json`, "out.csv", "--progress-out", "p.json"],
      /--progress-out is for a JSON plan/,
    ],
    [["convert", `${lothian}.json`, "missing/out.json"], /the folder missing does not exist/],
    [
      ["convert", `${lothian}.json`, "out.csv", "--layout", "wide"],
      /--layout "wide" is not a layout: give one of canonical, document, lothian-borders-action-plan/,
    ],
    [["convert", `${lothian}.json`, "out.docx", "--layout", "canonical"], /canonical is a CSV layout/],
    [["convert", `${lothian}.progress.json`, "out.docx"], /a progress return is printed with its plan/],
    [
      ["convert", "lothian-borders-action-plan-2010-11.indicators.json", "out.csv"],
      /indicator sets have no CSV form/,
    ],
  ])("exits 2 with one line for %j", async (args, message) => {
    const ran = await run(args, folder);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(message);
    expect(ran.stderr).not.toMatch(STACK_LINE);
  });
});
