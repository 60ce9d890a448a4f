import { readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Plan, ProgressReturn, SourceItem } from "@cja-kit/core";
import { seedDocuments } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readCommitteeReportXlsx } from "../src/read/read-committee-report-xlsx";
import { readIndicatorsXlsx } from "../src/read/read-indicators-xlsx";
import { readPlanXlsx } from "../src/read/read-plan-xlsx";
import { readProgressXlsx } from "../src/read/read-progress-xlsx";
import { sheetRecords } from "../src/read/sheet-records";
import { writeWorkbook } from "../src/write/write-workbook";
import {
  calcResaved,
  calcResavedAll,
  calcSheets,
  calcWorkbookFromCsv,
  missingClients,
  openpyxlResaved,
  openpyxlWorkbook,
  tempDir,
} from "./support/clients";
import { recordGrid, rowsGrid } from "./support/expected-grid";

// Workbooks the real clients wrote, read back: LibreOffice Calc's from a CSV an officer opened,
// and an officer's workbook made with openpyxl (merged cells, two header rows, a title, spacer
// rows, numbers and dates that mean wording, a formula, hidden rows, columns and sheets).

const missing = missingClients();
const issueList = (items: readonly SourceItem[]) =>
  items.flatMap((item) =>
    "issue" in item ? [[item.issue.code, item.issue.sheet, item.issue.row, item.issue.column]] : [],
  );

// Wording from the seeds (Lanarkshire CJA, Quarter 2 progress 2010; Lothian & Borders CJA, Action Plan 2010-11).
const OFFICER_CSV = [
  "Number,Title,Timescale,Period,Resources,Target,Date,Formula",
  '1.10,Attendance at ICM case conferences,July 2008,2010-11,"£15,000",85%,30/09/2010,=1+2',
  "04,Mar-11,3-2,2008-11,£25k from EVOC,0.5,1/10/08,=SUM(1;2)",
  '2.4.1,"Chief Officer,=1+2",Dec 08 start,2008-09 and ongoing,Existing resources,TBA,Ongoing,@SUM(1+1)',
].join("\n");

describe.skipIf(missing.calc !== undefined)("a workbook LibreOffice Calc made from an officer's CSV", () => {
  it("reads every cell as Calc shows it, what Calc changed included, and names each formula", {
    timeout: 300_000,
  }, () => {
    const bytes = calcWorkbookFromCsv(OFFICER_CSV);
    const dir = tempDir("calc-read");
    const file = `${dir}/officer.xlsx`;
    writeFileSync(file, bytes);
    const shown = calcSheets([file]).get("officer.xlsx")?.get("officer") ?? [];
    rmSync(dir, { recursive: true, force: true });
    const items = sheetRecords(bytes);
    expect(recordGrid(items)).toEqual(rowsGrid(shown));
    // What a spreadsheet does to a CSV (issue 14, finding 1): the reader sees what the officer saw.
    expect(recordGrid(items).get(2)?.slice(0, 3)).toEqual([
      "1.1",
      "Attendance at ICM case conferences",
      "01/07/08",
    ]);
    expect(
      issueList(items)
        .filter(([code]) => code === "xlsx/formula")
        .map(([, , row, column]) => `${column}${row}`),
    ).toEqual(["H2", "H3"]);
  });
});

describe.skipIf(missing.openpyxl !== undefined)("an officer's workbook made with openpyxl", () => {
  const made = () =>
    openpyxlWorkbook(readFileSync(new URL("./support/officer-workbook.py", import.meta.url), "utf8"));

  it("reads the title, header rows, theme and actions as the officer saw them, with spans and every issue", () => {
    const items = sheetRecords(made());
    expect(items.filter((item) => !("issue" in item))).toEqual([
      {
        row: 1,
        cells: ["Lanarkshire CJA Action Plan 2010-11", "", "", "", "", ""],
        spans: [{ column: 0, rows: 1, columns: 6 }],
      },
      {
        row: 3,
        cells: ["Action", "Key actions", "Timescale", "Progress", "", "Cost"],
        spans: [{ column: 3, rows: 1, columns: 2 }],
      },
      { row: 4, cells: ["", "", "", "Q1", "Q2", ""] },
      {
        row: 6,
        cells: ["National Outcome 9", "", "", "", "", ""],
        spans: [{ column: 0, rows: 1, columns: 6 }],
      },
      {
        row: 7,
        cells: ["1.10", "Attendance at ICM case conferences", "July 2008", "On target", "85%", "£15,000"],
      },
      {
        row: 8,
        cells: [
          "2",
          "Share information on sex offenders",
          "30/09/2010",
          "TRUE",
          "",
          "",
          "kept in a hidden column",
        ],
      },
      { row: 9, cells: ["3", "A hidden row of text", "", "", "", ""] },
    ]);
    // openpyxl saves formulas without a calculated value: the cell is named, never guessed.
    expect(issueList(items)).toEqual([
      ["xlsx/sheet-not-read", "Old figures", undefined, undefined],
      ["xlsx/comments-not-read", "Action Plan", 7, "B"],
      ["xlsx/formula-without-value", "Action Plan", 8, "F"],
      ["xlsx/hidden-column", "Action Plan", 8, "G"],
      ["xlsx/hidden-row", "Action Plan", 9, undefined],
    ]);
  });

  it.skipIf(missing.calc !== undefined)(
    "reads the formula's value once LibreOffice Calc has calculated and saved it",
    { timeout: 300_000 },
    () => {
      const items = sheetRecords(calcResaved(made()));
      expect(recordGrid(items).get(8)?.[5]).toBe("30000");
      expect(issueList(items)).toContainEqual(["xlsx/formula", "Action Plan", 8, "F"]);
    },
  );

  it("reads a hidden sheet when asked, with a warning", () => {
    const items = sheetRecords(made(), { sheet: "Old figures" });
    expect(recordGrid(items)).toEqual(new Map([[1, ["last year"]]]));
    expect(issueList(items)[0]).toEqual(["xlsx/hidden-sheet", "Old figures", undefined, undefined]);
  });
});

// The library's own workbooks of every seed, saved again by each real client, read back identical:
// an officer who opens the workbook and saves it loses nothing.
const planMeta = ({ themes: _themes, columns: _columns, ...meta }: Plan) => meta;
const returnMeta = ({ entries: _entries, ...meta }: ProgressReturn) => meta;
const errors = (issues: readonly { severity: string }[]) => issues.filter((i) => i.severity === "error");
const seedBooks = seedDocuments.map((doc) => ({
  doc,
  bytes: writeWorkbook(
    doc.kind === "plan"
      ? { plan: doc.plan, progress: doc.progress, ...(doc.indicators ? { indicators: doc.indicators } : {}) }
      : { committeeReport: doc.report },
  ).bytes,
}));

function expectSeedReadBack(doc: (typeof seedDocuments)[number], bytes: Uint8Array): void {
  if (doc.kind === "committee-report") {
    const read = readCommitteeReportXlsx(bytes, { authority: doc.report.authority });
    expect(errors(read.issues), doc.slug).toEqual([]);
    expect(read.ok && read.value, doc.slug).toEqual(doc.report);
    return;
  }
  const { plan, progress, indicators } = doc;
  const framework = plan.outcomeFramework === undefined ? {} : { framework: plan.outcomeFramework };
  const read = readPlanXlsx(bytes, { plan: planMeta(plan), progress: returnMeta(progress), ...framework });
  expect(errors(read.issues), doc.slug).toEqual([]);
  const entries = progress.entries.map((entry) => ({ ...entry, row: entry.row ?? 0 }));
  expect(read.ok && read.value, doc.slug).toEqual({ plan, progress: { ...progress, entries } });
  const returns = readProgressXlsx(bytes, { authority: progress.authority });
  expect(returns.ok && returns.value, `${doc.slug} progress`).toEqual([progress]);
  if (indicators === undefined) return;
  const { indicators: _rows, ...set } = indicators;
  const sets = readIndicatorsXlsx(bytes, { set, framework: plan.outcomeFramework ?? "nab-2008" });
  expect(sets.ok && sets.value, `${doc.slug} indicators`).toEqual(indicators);
}

describe.skipIf(missing.calc !== undefined)("the seeds' workbooks saved again by LibreOffice Calc", () => {
  it("read back identical: plans, returns, indicators and the committee report", { timeout: 600_000 }, () => {
    const resaved = calcResavedAll(seedBooks.map((book) => book.bytes));
    seedBooks.forEach(({ doc }, index) => {
      expectSeedReadBack(doc, resaved[index] as Uint8Array);
    });
  });
});

describe.skipIf(missing.openpyxl !== undefined)("the seeds' workbooks saved again by openpyxl", () => {
  it("read back identical: plans, returns, indicators and the committee report", { timeout: 300_000 }, () => {
    for (const { doc, bytes } of seedBooks) expectSeedReadBack(doc, openpyxlResaved(bytes));
  });
});
