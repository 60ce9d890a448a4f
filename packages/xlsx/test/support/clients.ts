import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse } from "csv-parse/sync";

const PYTHON = "/usr/bin/python3";
const CALC = "/usr/lib/libreoffice/program/libsclo.so";

const runs = (command: string, args: string[]) =>
  spawnSync(command, args, { encoding: "utf8", timeout: 30_000 }).status === 0;

/**
 * What is missing of the real clients, in words; empty when all are installed. CI sets
 * CJA_KIT_REAL_CLIENTS=required: then a missing client fails the run instead of skipping checks.
 */
export function missingClients(): { calc?: string; openpyxl?: string } {
  const missing = {
    ...(runs("soffice", ["--version"]) && existsSync(CALC)
      ? {}
      : { calc: "LibreOffice Calc is not installed: apt-get install -y libreoffice-calc-nogui" }),
    ...(runs(PYTHON, ["-c", "import openpyxl"])
      ? {}
      : { openpyxl: "openpyxl is not installed for /usr/bin/python3: apt-get install -y python3-openpyxl" }),
  };
  if (process.env.CJA_KIT_REAL_CLIENTS === "required" && Object.keys(missing).length > 0)
    throw new Error(`Real clients are required here but missing: ${Object.values(missing).join("; ")}`);
  return missing;
}

/** A fresh temporary directory. */
export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `cja-xlsx-${prefix}-`));

/** A LibreOffice profile of its own (several may run at once), set to the UK locale, as officers here have it. */
function profile(): string {
  const dir = tempDir("profile");
  mkdirSync(join(dir, "user"));
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-GB</value></prop></item><item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-GB</value></prop></item></oor:items>`,
  );
  return dir;
}

function soffice(args: readonly string[]): void {
  const dir = profile();
  try {
    spawnSync("soffice", [`-env:UserInstallation=file://${dir}`, "--headless", ...args], {
      encoding: "utf8",
      timeout: 240_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// CSV export: comma, double quote, UTF-8, from line 1, UK, cell contents as shown, every sheet (LibreOffice 7.2+).
const CSV_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true,false,false,-1";

/**
 * Each workbook's sheets as LibreOffice Calc shows them, exported in one run: by file name, then
 * by sheet name, rows of cells as displayed.
 */
export function calcSheets(files: readonly string[]): Map<string, Map<string, string[][]>> {
  const out = tempDir("csv");
  try {
    soffice(["--convert-to", CSV_EXPORT, "--outdir", out, ...files]);
    const made = readdirSync(out);
    return new Map(
      files.map((file) => {
        const stem = basename(file).replace(/\.xlsx$/, "");
        const sheets = made
          .filter((name) => name.startsWith(`${stem}-`) && name.endsWith(".csv"))
          .map((name): [string, string[][]] => [
            name.slice(stem.length + 1, -4),
            parse(readFileSync(join(out, name)), { relax_column_count: true }) as string[][],
          ]);
        return [basename(file), new Map(sheets)];
      }),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A CSV opened in LibreOffice Calc (UK, dates and other special numbers detected, as a user's import would) and saved as .xlsx. */
export function calcWorkbookFromCsv(csv: string): Uint8Array {
  const dir = tempDir("from-csv");
  try {
    const file = join(dir, "officer.csv");
    writeFileSync(file, csv);
    soffice(["--infilter=CSV:44,34,76,1,,2057,false,true", "--convert-to", "xlsx", "--outdir", dir, file]);
    return readFileSync(join(dir, "officer.xlsx"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Workbooks opened in LibreOffice Calc and saved again as .xlsx, in one run (so their formulas are calculated). */
export function calcResavedAll(workbooks: readonly Uint8Array[]): Uint8Array[] {
  const dir = tempDir("resave");
  try {
    const files = workbooks.map((bytes, index) => {
      const file = join(dir, `in-${index}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    });
    mkdirSync(join(dir, "out"));
    soffice(["--convert-to", "xlsx", "--outdir", join(dir, "out"), ...files]);
    return files.map((file) => readFileSync(join(dir, "out", basename(file))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A workbook opened in LibreOffice Calc and saved again as .xlsx (so its formulas are calculated). */
export const calcResaved = (bytes: Uint8Array): Uint8Array => calcResavedAll([bytes])[0] as Uint8Array;

/** A workbook loaded with openpyxl and saved again, as a script that edits a workbook does. */
export function openpyxlResaved(bytes: Uint8Array): Uint8Array {
  const dir = tempDir("openpyxl-resave");
  try {
    const file = join(dir, "book.xlsx");
    writeFileSync(file, bytes);
    python("import sys, openpyxl\nbook = openpyxl.load_workbook(sys.argv[1])\nbook.save(sys.argv[1])", file);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a python script with openpyxl, giving it a file path as its first argument; returns what it prints. */
export function python(script: string, file: string): string {
  return execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** A workbook made by a python script with openpyxl, which saves it to `sys.argv[1]`. */
export function openpyxlWorkbook(script: string): Uint8Array {
  const dir = tempDir("openpyxl");
  try {
    const file = join(dir, "made.xlsx");
    python(script, file);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
