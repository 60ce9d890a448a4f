import { readFileSync } from "node:fs";
import {
  type Authority,
  formatMappingReport,
  type ImportResult,
  type Issue,
  type PlanImport,
  validatePlan,
  validateProgressReturn,
} from "@cja-kit/core";
import { type ReadPlanCsvOptions, readPlanCsv, readPlanCsvStream } from "@cja-kit/csv";
import { renderActionPlan } from "@cja-kit/docx";
import { toBuffer } from "@cja-kit/docx/node";
import { describe, expect, it } from "vitest";
import { wordText, zipPart } from "./support/zip-part";

// Real tables no one here wrote (sources in test/fixtures/unseen/README.md), as an officer's Excel
// saves them: each goes CSV → validate → Word, its mapping report is a golden file, and every
// non-empty cell is in the Word document or named by an issue at its row and column.

const folder = new URL("fixtures/unseen/", import.meta.url);
const westDunbartonshire: Authority = {
  name: "Community Planning West Dunbartonshire",
  kind: "partnership",
  councils: [{ name: "West Dunbartonshire" }],
};
const eastLothian: Authority = {
  name: "East Lothian Community Justice Partnership",
  kind: "partnership",
  councils: [{ name: "East Lothian" }],
};
const scottishGovernment: Authority = { name: "Scottish Government", kind: "other", councils: [] };

type Case = { file: string; options: ReadPlanCsvOptions; ok: boolean };
const cases: Case[] = [
  {
    file: "west-dunbartonshire-action-plan-2017-18",
    options: {
      plan: {
        kind: "implementation-plan",
        authority: westDunbartonshire,
        period: { from: "2017-18", to: "2017-18" },
        outcomeFramework: "cj-opi-2016",
      },
    },
    ok: true,
  },
  {
    file: "west-dunbartonshire-indicators-2017-18",
    options: {
      plan: {
        kind: "implementation-plan",
        authority: westDunbartonshire,
        period: { from: "2017-18", to: "2017-18" },
      },
    },
    ok: true,
  },
  {
    file: "national-delivery-plan-updates-2023-24",
    options: {
      plan: {
        kind: "action-plan",
        title: "National Strategy for Community Justice: delivery plan",
        authority: scottishGovernment,
        period: { from: "2023-24", to: "2024-25" },
      },
      progress: {
        authority: scottishGovernment,
        title: "Delivery plan update 3 – December 2024",
        period: { kind: "financial-year", year: "2024-25" },
      },
      headings: { Aim: "Theme 1", "Priority action": "Theme 2" },
    },
    ok: true,
  },
  {
    file: "east-lothian-performance-report-2023-24",
    options: {
      plan: {
        kind: "action-plan",
        authority: eastLothian,
        period: { from: "2023-24", to: "2023-24" },
        outcomeFramework: "cjpf-2023",
      },
    },
    ok: true,
  },
  {
    file: "reconviction-rates-scotland",
    options: {
      plan: {
        kind: "action-plan",
        authority: scottishGovernment,
        period: { from: "2019-20", to: "2019-20" },
      },
    },
    ok: false,
  },
  {
    file: "reconviction-rates-scotland",
    options: {
      plan: {
        kind: "action-plan",
        authority: scottishGovernment,
        period: { from: "2019-20", to: "2019-20" },
      },
      headings: { Cohort: "title" },
    },
    ok: true,
  },
];

const norm = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const issueLines = (issues: readonly Issue[]) =>
  issues
    .map(
      (i) =>
        `${i.severity} ${i.code}${i.row === undefined ? "" : ` row ${i.row}`}${i.column === undefined ? "" : ` "${i.column}"`}`,
    )
    .join("\n");

async function* chunks(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function wordOf(read: ImportResult<PlanImport>): Promise<string> {
  if (!read.ok) return "";
  const rendered = renderActionPlan(read.value.plan, read.value.progress, {
    created: "2024-12-01T00:00:00Z",
  });
  return wordText(zipPart(await toBuffer(rendered), "word/document.xml"));
}

describe.each(
  cases.map((c) => [`${c.file}${c.options.headings === undefined ? "" : " (headings given)"}`, c] as const),
)("%s", (name, c) => {
  const bytes = readFileSync(new URL(`${c.file}.csv`, folder));
  const records: Array<{ line: number; cells: string[] }> = JSON.parse(
    readFileSync(new URL(`${c.file}.cells.json`, folder), "utf8"),
  );
  const read = readPlanCsv(bytes, c.options);

  it("reads as its golden mapping report says", async () => {
    const golden = `${formatMappingReport(read.report)}\n\nIssues:\n${issueLines(read.issues)}\n`;
    await expect(golden).toMatchFileSnapshot(
      `fixtures/unseen/${name.replace(" (headings given)", ".headings")}.mapping.txt`,
    );
    expect(read.ok).toBe(c.ok);
    expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);
  });

  it("reads the same streamed in small chunks", async () => {
    expect(await readPlanCsvStream(chunks(bytes, 7), c.options)).toEqual(read);
  });

  it.runIf(c.ok)("validates, and its Word document shows every cell or an issue names it", async () => {
    if (!read.ok) return;
    expect(validatePlan(read.value.plan).ok).toBe(true);
    if (read.value.progress !== undefined) expect(validateProgressReturn(read.value.progress).ok).toBe(true);
    const word = norm(await wordOf(read));
    const missing = records
      .filter((r) => r.line > (read.report.headingRow ?? 0))
      .flatMap((r) =>
        r.cells.flatMap((cell, index) => {
          const named = read.issues.some(
            (i) => i.row === r.line && i.column === read.report.columns[index]?.key,
          );
          return norm(cell).length === 0 || word.includes(norm(cell)) || named
            ? []
            : [`row ${r.line}: ${cell}`];
        }),
      );
    expect(missing).toEqual([]);
  });

  it.runIf(c.ok)("puts each action row's cells in one row of a Word table", async () => {
    if (!read.ok) return;
    const rendered = renderActionPlan(read.value.plan, read.value.progress, {
      created: "2024-12-01T00:00:00Z",
    });
    const xml = zipPart(await toBuffer(rendered), "word/document.xml");
    const wordRows = [...xml.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) => norm(wordText(cell[0]))),
    );
    const headings = new Set(read.report.rows.headings.map((h) => h.row));
    const tableCell = (index: number) => read.report.columns[index]?.role.kind === "field";
    const lost = records
      .filter((r) => r.line > (read.report.headingRow ?? 0) && !headings.has(r.line))
      .filter(
        (r) =>
          !wordRows.some((row) =>
            r.cells.every(
              (cell, i) =>
                !tableCell(i) || norm(cell).length === 0 || row.some((w) => w.includes(norm(cell))),
            ),
          ),
      )
      .map((r) => r.line);
    expect(lost).toEqual([]);
  });
});

describe("a plan read from a CSV headed like prototype keys", () => {
  it("writes a JSON document that reads back", async () => {
    const { read: readJson, write } = await import("@cja-kit/json");
    const read = readPlanCsv("Number,__proto__,constructor,Flag: prototype\n1,a,b,yes\n", {
      plan: { kind: "action-plan", authority: eastLothian, period: { from: "2023-24", to: "2023-24" } },
    });
    if (!read.ok) throw new Error("not read");
    const back = readJson(write({ format: "plan", data: read.value.plan }), { format: "plan" });
    expect(back.ok).toBe(true);
    expect(back.ok && back.value.data).toEqual(read.value.plan);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });
});
