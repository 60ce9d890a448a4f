import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  formatReportingPeriod,
  type Plan,
  type PlanPeriod,
  type ProgressReturn,
  type ReportingPeriod,
} from "@cja-kit/core";
import { writeCommitteeReportCsv, writePlanCsv, writeProgressCsv } from "@cja-kit/csv";
import { write } from "@cja-kit/json";
import { partnershipDocuments, seedDocuments } from "@cja-kit/seed-data";

/** A seed document written as a file, with the options a CSV needs (it does not say whose it is). */
export type SeedFile = { name: string; kind: string; options: string[] };

const made: string[] = [];

/** A new empty folder under the system's temporary folder, removed by {@link removeTempFolders}. */
export function tempFolder(prefix: string): string {
  mkdirSync(tmpdir(), { recursive: true });
  const folder = mkdtempSync(join(tmpdir(), `cja-kit-cli-${prefix}-`));
  made.push(folder);
  return folder;
}

/** Removes the folders this test file made (call it in `afterAll`). */
export function removeTempFolders(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A plan period as `--period` takes it: 2010-11, or 2008-11 for three years. */
export function periodText(period: PlanPeriod): string {
  return period.from === period.to ? period.from : `${period.from.slice(0, 4)}-${period.to.slice(5)}`;
}

/** A reporting period as `--return-period` takes it. */
export function returnPeriodText(period: ReportingPeriod): string {
  switch (period.kind) {
    case "quarter":
      return `${period.year} Q${period.quarter}`;
    case "financial-year":
      return period.year;
    case "plan-year":
      return `Year ${period.number} (${period.year})`;
    default:
      return formatReportingPeriod(period);
  }
}

function planOptions(plan: Plan, progress?: ProgressReturn): string[] {
  return [
    "--authority",
    plan.authority.cja ?? plan.authority.name,
    "--period",
    periodText(plan.period),
    ...(plan.areaPlanPeriod === undefined ? [] : ["--area-period", periodText(plan.areaPlanPeriod)]),
    ...(progress === undefined ? [] : ["--return-period", returnPeriodText(progress.period)]),
  ];
}

function planFiles(folder: string, slug: string, plan: Plan, progress: ProgressReturn): SeedFile[] {
  const file = (name: string, text: string) => writeFileSync(join(folder, name), text);
  file(`${slug}.json`, write({ format: "plan", data: plan }));
  file(`${slug}.progress.json`, write({ format: "progress-return", data: progress }));
  file(`${slug}.csv`, writePlanCsv(plan, { progress }).csv);
  file(`${slug}.progress.csv`, writeProgressCsv(progress).csv);
  const authority = ["--authority", plan.authority.cja ?? plan.authority.name];
  return [
    { name: `${slug}.json`, kind: "plan", options: [] },
    { name: `${slug}.progress.json`, kind: "progress-return", options: [] },
    { name: `${slug}.csv`, kind: "plan", options: planOptions(plan, progress) },
    { name: `${slug}.progress.csv`, kind: "progress-return", options: authority },
  ];
}

/**
 * The five seed documents written into a folder as the examples write them: each plan as JSON, a
 * canonical CSV with its progress, and its return as JSON and CSV; each committee report as JSON
 * and CSV; each indicator set as JSON.
 */
export function writeSeedFiles(folder: string): SeedFile[] {
  return seedDocuments.flatMap((doc): SeedFile[] => {
    if (doc.kind === "committee-report") {
      writeFileSync(
        join(folder, `${doc.slug}.json`),
        write({ format: "committee-report", data: doc.report }),
      );
      writeFileSync(join(folder, `${doc.slug}.csv`), writeCommitteeReportCsv(doc.report).csv);
      const authority = ["--authority", doc.report.authority.cja ?? doc.report.authority.name];
      return [
        { name: `${doc.slug}.json`, kind: "committee-report", options: [] },
        { name: `${doc.slug}.csv`, kind: "committee-report", options: authority },
      ];
    }
    const indicators = doc.indicators;
    if (indicators !== undefined)
      writeFileSync(
        join(folder, `${doc.slug}.indicators.json`),
        write({ format: "indicator-set", data: indicators }),
      );
    return [
      ...planFiles(folder, doc.slug, doc.plan, doc.progress),
      ...(indicators === undefined
        ? []
        : [{ name: `${doc.slug}.indicators.json`, kind: "indicator-set", options: [] }]),
    ];
  });
}

/**
 * Today's partnership documents written into a folder as JSON, one file each, named
 * `SLUG.N.json` in the order the seed data lists them: an outcome improvement plan and its
 * indicators, the national delivery plan, its completed form and update 2, an annual performance
 * report and a national statistics table.
 */
export function writePartnershipFiles(folder: string): SeedFile[] {
  return partnershipDocuments.flatMap(({ slug, documents }) =>
    documents.map((document, index) => {
      const name = `${slug}.${index + 1}.json`;
      writeFileSync(join(folder, name), write(document));
      return { name, kind: document.format, options: [] };
    }),
  );
}
