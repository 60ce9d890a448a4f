import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BIN, ensureBuilt, PACKED, ROOT, runBin, start, until } from "./support/built";
import { STACK_LINE } from "./support/run";
import { removeTempFolders, type SeedFile, tempFolder, writeSeedFiles } from "./support/seed-files";

afterAll(removeTempFolders);

// The command as users get it: the built binary (node dist/cli.js), and the packed tarballs
// installed into a new npm project, run on the seed documents and on the hostile corpus.

type HostileEntry = { file: string; reader: string; expect: string[]; options?: unknown };
type FileReport = {
  file: string;
  ok: boolean;
  errors: number;
  issues: Array<{ code: string; severity: string }>;
};

const hostileFolder = join(ROOT, "test/fixtures/hostile");
const hostile: HostileEntry[] = JSON.parse(readFileSync(join(hostileFolder, "manifest.json"), "utf8"));
// The workbook corpus is the xlsx package's: damaged zips, XML attacks, limits, merges, formulas.
const xlsxFolder = join(ROOT, "packages/xlsx/test/fixtures/hostile");
const hostileXlsx: Array<Omit<HostileEntry, "reader">> = JSON.parse(
  readFileSync(join(xlsxFolder, "manifest.json"), "utf8"),
);
const CONTROL = /(?![\n])\p{Cc}/u;
const READER_OPTIONS: Record<string, string[]> = {
  "plan-csv": ["--kind", "plan", "--authority", "lanarkshire", "--period", "2010-11"],
  "progress-csv": ["--kind", "progress-return", "--authority", "lanarkshire"],
  "report-csv": ["--kind", "committee-report", "--authority", "lanarkshire"],
  json: [],
};

let folder: string;
let seeds: SeedFile[];

beforeAll(() => {
  ensureBuilt();
  folder = tempFolder("built");
  seeds = writeSeedFiles(folder);
  mkdirSync(join(folder, "hostile"));
  for (const entry of hostile) {
    const bytes = readFileSync(join(hostileFolder, entry.file));
    const name = entry.file.replace(/\.gz$/, "");
    writeFileSync(join(folder, "hostile", name), entry.file.endsWith(".gz") ? gunzipSync(bytes) : bytes);
  }
  for (const entry of hostileXlsx)
    copyFileSync(join(xlsxFolder, entry.file), join(folder, "hostile", entry.file));
}, 600_000);

// Each test runs the binary several times on a shared machine: minutes, not seconds.
vi.setConfig({ testTimeout: 180_000 });

describe("the built binary on the seed documents", () => {
  it("finds no error in any of them, CSV or JSON", async () => {
    for (const seed of seeds.filter((s) => s.options.length > 0)) {
      const ran = await runBin(["validate", seed.name, ...seed.options], folder);
      expect(ran.code, `${seed.name}: ${ran.stdout}${ran.stderr}`).toBe(0);
    }
    const json = seeds.filter((s) => s.options.length === 0).map((s) => s.name);
    const ran = await runBin(["validate", ...json], folder);
    expect(ran.code, ran.stdout).toBe(0);
    expect(ran.stdout).toContain(`${json.length} files: 0 with errors`);
  });

  it("converts a CSV plan to JSON, back to CSV, and prints it as Word", async () => {
    const csv = seeds.find((s) => s.name === "lothian-borders-action-plan-2010-11.csv");
    const options = csv?.options ?? [];
    const steps = [
      [
        "convert",
        "lothian-borders-action-plan-2010-11.csv",
        "lb.json",
        ...options,
        "--progress-out",
        "lb.progress.json",
      ],
      ["convert", "lb.json", "lb.csv", "--progress", "lb.progress.json"],
      ["render", "lb.json", "--progress", "lb.progress.json", "-o", "lb.docx"],
      ["rollup", "lb.json", "lb.progress.json", "--framework", "nab-2008", "--out", "lb-outcomes.csv"],
    ];
    for (const args of steps) {
      const ran = await runBin(args, folder, { SOURCE_DATE_EPOCH: "1285804800" });
      expect(ran.code, `${args.join(" ")}\n${ran.stderr}`).toBe(0);
    }
    expect(readFileSync(join(folder, "lb.csv"), "utf8")).toBe(
      readFileSync(join(folder, "lothian-borders-action-plan-2010-11.csv"), "utf8"),
    );
    expect(readFileSync(join(folder, "lb.docx")).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("the built binary on the hostile corpus", () => {
  it.each(Object.keys(READER_OPTIONS))(
    "reads every %s file, each issue located, no stack trace, the right exit code",
    async (reader) => {
      const entries = hostile.filter((entry) => entry.reader === reader);
      const files = entries.map((entry) => join("hostile", entry.file.replace(/\.gz$/, "")));
      const ran = await runBin(
        ["validate", ...files, ...(READER_OPTIONS[reader] ?? []), "--format", "json"],
        folder,
      );
      expect(ran.stderr).not.toMatch(STACK_LINE);
      const reports = (JSON.parse(ran.stdout) as { reports: FileReport[] }).reports;
      expect(ran.code).toBe(reports.some((report) => !report.ok) ? 1 : 0);
      entries.forEach((entry, index) => {
        const report = reports[index];
        expect(report?.ok, entry.file).toBe(report?.errors === 0);
        // The corpus's own limits (options) are the library's; the command reads with its defaults.
        if (entry.options === undefined)
          expect(
            report?.issues.map((issue) => issue.code),
            entry.file,
          ).toEqual(expect.arrayContaining(entry.expect));
      });
    },
  );

  it.each([
    ["plan", READER_OPTIONS["plan-csv"] ?? []],
    ["progress-return", READER_OPTIONS["progress-csv"] ?? []],
  ])(
    "reads every hostile workbook as a %s: each issue named, no stack trace, exit code 1",
    async (_kind, options) => {
      const files = hostileXlsx.map((entry) => join("hostile", entry.file));
      const ran = await runBin(["validate", ...files, ...options, "--format", "json"], folder);
      expect(ran.stderr).not.toMatch(STACK_LINE);
      const reports = (JSON.parse(ran.stdout) as { reports: FileReport[] }).reports;
      expect(reports).toHaveLength(files.length);
      expect(ran.code).toBe(reports.some((report) => !report.ok) ? 1 : 0);
      expect(ran.code).toBe(1);
      hostileXlsx.forEach((entry, index) => {
        const report = reports[index];
        expect(report?.ok, entry.file).toBe(report?.errors === 0);
        // Entries with options of their own test the library's limits; the command reads with its defaults.
        if (entry.options === undefined)
          expect(
            report?.issues.map((issue) => issue.code),
            entry.file,
          ).toEqual(expect.arrayContaining(entry.expect));
      });
    },
  );

  it("prints hostile text as escapes, never as control characters, on one line per issue", async () => {
    const files = hostile
      .filter((e) => e.reader === "plan-csv")
      .map((e) => join("hostile", e.file.replace(/\.gz$/, "")));
    const ran = await runBin(["validate", ...files, ...(READER_OPTIONS["plan-csv"] ?? [])], folder);
    expect(ran.code).toBe(1);
    expect(CONTROL.test(ran.stdout)).toBe(false);
    expect(ran.stdout).toMatch(/^hostile\/ragged-rows\.csv:\d+: (error|warning) table\/ragged-row/m);
  });

  it("shows the escape sequences a cell holds as text, so the terminal is not driven by the file", async () => {
    writeFileSync(
      join(folder, "hostile", "escapes.csv"),
      "Number,Title,Timescale\n1,Meet,\u001b]0;owned\u0007\u001b[2JJuly someday\n",
    );
    const ran = await runBin(
      ["validate", "hostile/escapes.csv", ...(READER_OPTIONS["plan-csv"] ?? [])],
      folder,
    );
    expect(CONTROL.test(ran.stdout)).toBe(false);
    expect(ran.stdout).toContain("\\u001b]0;owned\\u0007\\u001b[2JJuly someday");
  });

  it.each([
    ["truncated.json", 1],
    ["unknown-key.json", 0],
    ["not-an-object.json", 1],
  ])("exits as a single %s says (%i)", async (file, code) => {
    const ran = await runBin(["validate", join("hostile", file)], folder);
    expect(ran.code).toBe(code);
    expect(ran.stdout).toMatch(new RegExp(`^hostile/${file.replace(".", "\\.")}`, "m"));
  });
});

describe("the built binary under Ctrl-C, broken pipes and terminals", () => {
  const copies = (count: number, source: string, stem: string) =>
    Array.from({ length: count }, (_, i) => {
      const name = join("many", `${stem}-${String(i).padStart(3, "0")}.json`);
      copyFileSync(join(folder, source), join(folder, name));
      return name;
    });
  let plans: string[] = [];

  beforeAll(() => {
    mkdirSync(join(folder, "many"), { recursive: true });
    plans = copies(200, "lothian-borders-action-plan-2010-11.json", "plan");
  });

  it("stops a long validate at the next file on SIGINT, exit code 130, no stack trace", async () => {
    const running = start(process.execPath, [BIN, "validate", ...plans], folder);
    await until(() => running.stdout().includes("plan-000.json: plan, JSON"), "the first file's result");
    running.child.kill("SIGINT");
    const ended = await running.exited;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toContain("Stopping… (Ctrl-C again to stop at once)");
    expect(ended.stderr).toMatch(/Stopped after \d+ of 200 files\./);
    expect(ended.stdout).not.toContain("plan-199.json");
    expect(ended.stderr).not.toMatch(STACK_LINE);
  });

  it("leaves no output and no temporary file when a roll-up to Word is stopped", async () => {
    const running = start(
      process.execPath,
      [BIN, "rollup", ...plans, "--by", "plan", "--at", "2010-09-30", "--out", "many/report.docx"],
      folder,
    );
    await until(() => running.stderr().includes("plan-000.json"), "the first file read");
    running.child.kill("SIGINT");
    const ended = await running.exited;
    expect(ended.code).toBe(130);
    expect(readdirSync(join(folder, "many")).filter((name) => !name.startsWith("plan-"))).toEqual([]);
  });

  it("stops at once on a second SIGINT", async () => {
    const running = start(process.execPath, [BIN, "validate", ...plans], folder);
    await until(() => running.stdout().length > 0, "some output");
    running.child.kill("SIGINT");
    running.child.kill("SIGINT");
    const ended = await running.exited;
    expect(ended.code).toBe(130);
    expect(ended.stderr).not.toMatch(STACK_LINE);
  });

  it("ends quietly when the reader of its output goes away (| head)", async () => {
    const running = start(
      process.execPath,
      [BIN, "validate", ...plans.slice(0, 100), "lothian-borders-action-plan-2010-11.progress.json"],
      folder,
    );
    await until(() => running.stdout().length > 0, "some output");
    running.child.stdout?.destroy();
    const ended = await running.exited;
    expect(ended.code).toBe(0);
    expect(ended.stderr).not.toMatch(STACK_LINE);
  });

  it("draws a progress bar on a terminal, and none when the output is not one", async () => {
    const command = [process.execPath, BIN, "validate", ...plans.slice(0, 40)]
      .map((part) => `'${part}'`)
      .join(" ");
    const terminal = execFileSync("script", ["-qec", command, "/dev/null"], {
      cwd: folder,
      encoding: "utf8",
    });
    expect(terminal).toMatch(/Checking \[[=-]+\] \d+\/40/);
    const piped = await runBin(["validate", ...plans.slice(0, 40)], folder);
    expect(piped.stdout + piped.stderr).not.toContain("Checking [");
  });
});

describe("the packed tarballs installed into a new npm project", () => {
  let app: string;

  beforeAll(() => {
    const packs = tempFolder("packs");
    for (const pkg of PACKED)
      execFileSync("pnpm", ["pack", "--pack-destination", packs], {
        cwd: join(ROOT, "packages", pkg),
        stdio: "pipe",
      });
    app = tempFolder("app");
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify({ name: "council-reports", version: "1.0.0", private: true }),
    );
    const tarballs = readdirSync(packs).map((name) => join(packs, name));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", ...tarballs], { cwd: app, stdio: "pipe" });
    for (const seed of seeds) copyFileSync(join(folder, seed.name), join(app, seed.name));
  }, 600_000);

  it("runs as npx @cja-kit/cli and as npx cja-kit", async () => {
    const byPackage = await start("npx", ["@cja-kit/cli", "--version"], app).exited;
    expect(byPackage.code, byPackage.stderr).toBe(0);
    expect(byPackage.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const byName = await start("npx", ["cja-kit", "frameworks"], app).exited;
    expect(byName.stdout).toContain("nab-2008:");
  });

  it("validates, converts and prints the seeds, to Word and to Excel and back, and refuses what it cannot do with exit code 2", async () => {
    const options = seeds.find((s) => s.name === "lanarkshire-progress-2010-11-q2.csv")?.options ?? [];
    const valid = await start(
      "npx",
      ["cja-kit", "validate", "lanarkshire-progress-2010-11-q2.csv", ...options],
      app,
    ).exited;
    expect(valid.code, valid.stdout).toBe(0);
    const word = await start(
      "npx",
      ["cja-kit", "convert", "lanarkshire-progress-2010-11-q2.csv", "q2.docx", ...options],
      app,
    ).exited;
    expect(word.code, word.stderr).toBe(0);
    expect(existsSync(join(app, "q2.docx"))).toBe(true);
    const xlsx = await start(
      "npx",
      ["cja-kit", "convert", "lanarkshire-progress-2010-11-q2.json", "q2.xlsx"],
      app,
    ).exited;
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const back = await start(
      "npx",
      ["cja-kit", "validate", "q2.xlsx", "--authority", "lanarkshire", "--period", "2010-11"],
      app,
    ).exited;
    expect(back.code, back.stdout).toBe(0);
    expect(back.stdout).toMatch(/^q2\.xlsx: plan, XLSX: 0 errors/m);
    const refused = await start("npx", ["cja-kit", "render", "q2.xlsx", "-o", "q2.json"], app).exited;
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toMatch(STACK_LINE);
  });
});
