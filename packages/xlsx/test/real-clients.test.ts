import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalStatuses } from "@cja-kit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnLetters } from "../src/_internal/column-letters";
import type { Cell, SheetSpec } from "../src/_internal/sheet-model";
import { workbookSheets } from "../src/_internal/workbook-sheets";
import { writeWorkbook } from "../src/write/write-workbook";
import { calcSheets, missingClients, tempDir } from "./support/clients";
import { displayed, expectedGrid, rowsGrid } from "./support/expected-grid";
import { type OpenpyxlCell, type OpenpyxlSheet, readWithOpenpyxl } from "./support/openpyxl-reading";
import { seedWorkbooks } from "./support/workbooks";

// Every workbook the library writes, opened by the real clients officers and scripts use:
// LibreOffice Calc (every cell of every sheet, as shown) and openpyxl (types, formats, frozen
// panes, filters, lists, fills). Skipped, saying why, where the clients are not installed.

const missing = missingClients();
for (const reason of Object.values(missing)) console.warn(`Skipping real-client checks: ${reason}`);

const written = seedWorkbooks.map(({ name, contents, options }) => ({
  name,
  bytes: writeWorkbook(contents, options).bytes,
  sheets: workbookSheets(contents, options).sheets,
}));

describe.skipIf(missing.calc !== undefined)(
  `LibreOffice Calc${missing.calc === undefined ? "" : ` (skipped: ${missing.calc})`}`,
  () => {
    let shown = new Map<string, Map<string, string[][]>>();
    let dir = "";
    beforeAll(() => {
      dir = tempDir("calc");
      const files = written.map(({ name, bytes }) => {
        const file = join(dir, `${name}.xlsx`);
        writeFileSync(file, bytes);
        return file;
      });
      shown = calcSheets(files);
    }, 300_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each(written.map((w) => [w.name, w] as const))(
      "shows every cell of every sheet of %s as written",
      (_name, workbook) => {
        const sheets = shown.get(`${workbook.name}.xlsx`);
        expect([...(sheets?.keys() ?? [])].sort()).toEqual(workbook.sheets.map((s) => s.name).sort());
        for (const spec of workbook.sheets)
          expect(rowsGrid(sheets?.get(spec.name) ?? []), spec.name).toEqual(expectedGrid(spec));
      },
    );
  },
);

/** The number format openpyxl should report for a written cell. */
const formatOf = (cell: Cell): string =>
  cell.kind === "date" ? "d mmmm yyyy" : cell.kind === "number" ? cell.format : "@";

function expectCell(found: OpenpyxlCell | undefined, cell: Cell, where: string): void {
  expect(found, where).toBeDefined();
  expect(found?.format, where).toBe(formatOf(cell));
  if (cell.kind === "date") expect([found?.type, found?.value], where).toEqual(["d", cell.date]);
  else if (cell.kind === "number") {
    expect(found?.type, where).toBe("n");
    expect(found?.value as number, where).toBeCloseTo(cell.value, 10);
  } else expect([found?.type, found?.value], where).toEqual(["s", displayed(cell)]);
}

function expectTable(sheet: OpenpyxlSheet, spec: SheetSpec): void {
  const last = spec.rows.length + 1;
  const lastColumn = columnLetters(spec.columns.length - 1);
  expect([sheet.freeze, sheet.filter, sheet.printTitles, sheet.landscape]).toEqual([
    "A2",
    `A1:${lastColumn}${last}`,
    "$1:$1",
    true,
  ]);
  spec.columns.forEach((column, index) => {
    const header = sheet.cells.find((c) => c.ref === `${columnLetters(index)}1`);
    expect([header?.value, header?.type, header?.bold]).toEqual([column.label, "s", true]);
    if (column.list === undefined) return;
    const range = `${columnLetters(index)}2:${columnLetters(index)}${Math.max(last, 2)}`;
    const validation = sheet.validations.find((v) => v.sqref === range);
    expect(validation?.type).toBe("list");
    expect(validation?.formula).toBe(
      column.list === "rag"
        ? '"Red,Amber,Green,Not rated"'
        : // The canonical layout's Status column holds the status's id, so the list offers the ids.
          `"${canonicalStatuses.join(",")}"`,
    );
    if (column.list === "rag")
      expect(sheet.conditional.filter((c) => c.sqref === range).map((c) => [c.formula[0], c.fill])).toEqual([
        ['"Red"', "FFFFC7CE"],
        ['"Amber"', "FFFFEB9C"],
        ['"Green"', "FFC6EFCE"],
        ['"Not rated"', "FFEDEDED"],
      ]);
  });
}

const RAG_FILLS: Record<string, string> = {
  red: "FFFFC7CE",
  amber: "FFFFEB9C",
  green: "FFC6EFCE",
  "not-rated": "FFEDEDED",
};

describe.skipIf(missing.openpyxl !== undefined)(
  `openpyxl${missing.openpyxl === undefined ? "" : ` (skipped: ${missing.openpyxl})`}`,
  () => {
    it.each(written.map((w) => [w.name, w] as const))(
      "reads %s's cells as text, dates, pounds and percentages, with frozen, filtered headers, lists and coloured ratings",
      (_name, workbook) => {
        const reading = readWithOpenpyxl(workbook.bytes);
        expect(reading.names).toEqual(workbook.sheets.map((s) => s.name));
        expect(reading.creator).toBe("cja-kit");
        for (const spec of workbook.sheets) {
          const sheet = reading.sheets[spec.name] as OpenpyxlSheet;
          const byRef = new Map(sheet.cells.map((c) => [c.ref, c]));
          if (spec.table) expectTable(sheet, spec);
          const first = spec.table ? 2 : 1;
          spec.rows.forEach((cells, r) => {
            cells.forEach((cell, c) => {
              if (cell === undefined) return;
              const ref = `${columnLetters(c)}${first + r}`;
              expectCell(byRef.get(ref), cell, `${spec.name}!${ref}`);
              if (cell.kind === "rag") expect(byRef.get(ref)?.fill, ref).toBe(RAG_FILLS[cell.rag]);
            });
          });
          const count =
            spec.rows.flat().filter((cell) => cell !== undefined).length +
            (spec.table ? spec.columns.length : 0);
          expect(sheet.cells.length, spec.name).toBe(count);
        }
      },
    );
  },
);
