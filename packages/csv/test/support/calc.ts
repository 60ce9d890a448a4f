import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CALC = "/usr/lib/libreoffice/program/libsclo.so";

/**
 * Why LibreOffice Calc cannot be used here, in words; undefined when it can. CI sets
 * CJA_KIT_REAL_CLIENTS=required (a missing Calc fails the run) or skip (CI opens files in the real
 * clients on one Node line only).
 */
export function missingCalc(): string | undefined {
  if (process.env.CJA_KIT_REAL_CLIENTS === "skip") return "skipped (CJA_KIT_REAL_CLIENTS=skip)";
  const found =
    spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 30_000 }).status === 0 &&
    existsSync(CALC);
  if (found) return undefined;
  const missing = "LibreOffice Calc is not installed: apt-get install -y libreoffice-calc-nogui";
  if (process.env.CJA_KIT_REAL_CLIENTS === "required")
    throw new Error(`Real clients are required here: ${missing}`);
  return missing;
}

/** A LibreOffice profile of its own (several may run at once), set to the UK locale, as officers here have it. */
function profile(dir: string): string {
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-GB</value></prop></item><item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-GB</value></prop></item></oor:items>`,
  );
  return dir;
}

/**
 * CSV files opened in LibreOffice Calc with its default import settings (no filter options: what
 * opening the file does) and saved again as CSV, in one run: by name, the text Calc wrote.
 */
export function calcResaved(files: Readonly<Record<string, string>>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "cja-csv-calc-"));
  try {
    const paths = Object.entries(files).map(([name, csv]) => {
      writeFileSync(join(dir, `${name}.csv`), csv);
      return join(dir, `${name}.csv`);
    });
    const home = profile(join(dir, "profile"));
    spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${home}`,
        "--headless",
        "--convert-to",
        "csv",
        "--outdir",
        join(dir, "out"),
        ...paths,
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    return Object.fromEntries(
      Object.keys(files).map((name) => [name, readFileSync(join(dir, "out", `${name}.csv`), "utf8")]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
