import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { handWorkbook, stylesWith, worksheet } from "../../test/support/zip-bytes";
import { columnLetters } from "../_internal/column-letters";
import { sheetRecords } from "./sheet-records";

// Conservation of cells: every cell that holds something is in a record, at its row and column,
// or an issue names its row and column (or its row, for cells past the column limit), whatever
// the sheet mixes: text, numbers in formats, formulas with and without values, errors, hidden
// rows and columns, merges, cells past maxColumns.

type GenCell = {
  row: number;
  column: number;
  kind: "text" | "number" | "formula" | "bare-formula" | "error";
  text: string;
};

const FORMATS = [0, "0.00", "mmmm yyyy", '"£"#,##0', "0%", "[[bad"];

const cell = fc.record({
  row: fc.integer({ min: 1, max: 30 }),
  column: fc.integer({ min: 0, max: 14 }),
  kind: fc.constantFrom("text", "number", "formula", "bare-formula", "error"),
  text: fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim().length > 0),
}) as fc.Arbitrary<GenCell>;

const escapeXml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellXml(c: GenCell, style: number): string {
  const ref = `${columnLetters(c.column)}${c.row}`;
  switch (c.kind) {
    case "text":
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(c.text)}</t></is></c>`;
    case "number":
      return `<c r="${ref}" s="${style}"><v>${c.text.length * 1.1}</v></c>`;
    case "formula":
      return `<c r="${ref}" t="str"><f>A1&amp;"x"</f><v>${escapeXml(c.text)}</v></c>`;
    case "bare-formula":
      return `<c r="${ref}"><f>NOW()</f></c>`;
    case "error":
      return `<c r="${ref}" t="e"><v>#N/A</v></c>`;
  }
}

describe("sheetRecords", () => {
  test.prop(
    [
      fc.uniqueArray(cell, { selector: (c) => `${c.row}:${c.column}`, maxLength: 60 }),
      fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }),
      fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { maxLength: 3 }),
      fc.array(
        fc.tuple(
          fc.integer({ min: 1, max: 30 }),
          fc.integer({ min: 0, max: 14 }),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 1, max: 3 }),
        ),
        { maxLength: 4 },
      ),
      fc.integer({ min: 4, max: 16 }),
    ],
    { numRuns: 80 },
  )(
    "keeps every cell that holds something in a record or names it in an issue",
    (cells, styles, hiddenRows, hiddenColumns, merges, maxColumns) => {
      const rows = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b);
      const xml = rows
        .map((row) => {
          const mine = cells.filter((c) => c.row === row).sort((a, b) => a.column - b.column);
          const body = mine.map((c, i) => cellXml(c, styles[i] ?? 0)).join("");
          return `<row r="${row}"${hiddenRows.includes(row) ? ' hidden="1"' : ""}>${body}</row>`;
        })
        .join("");
      const cols =
        hiddenColumns.length === 0
          ? ""
          : `<cols>${hiddenColumns.map((c) => `<col min="${c + 1}" max="${c + 1}" hidden="1"/>`).join("")}</cols>`;
      const mergeXml =
        merges.length === 0
          ? ""
          : `<mergeCells>${merges.map(([r, c, h, w]) => `<mergeCell ref="${columnLetters(c)}${r}:${columnLetters(c + w - 1)}${r + h - 1}"/>`).join("")}</mergeCells>`;
      const items = sheetRecords(
        handWorkbook({
          sheets: [{ name: "S", xml: worksheet(xml, mergeXml, cols) }],
          styles: stylesWith(FORMATS),
        }),
        { maxColumns },
      );
      const placed = new Map<string, string>();
      const named = new Set<string>();
      const rowsNamed = new Set<number>();
      for (const item of items) {
        if ("issue" in item) {
          if (item.issue.column !== undefined) named.add(`${item.issue.column}${item.issue.row}`);
          else if (item.issue.row !== undefined) rowsNamed.add(item.issue.row);
        } else
          item.cells.forEach((text, column) => {
            if (text.length > 0) placed.set(`${columnLetters(column)}${item.row}`, text);
          });
      }
      for (const c of cells) {
        const ref = `${columnLetters(c.column)}${c.row}`;
        const kept = placed.has(ref) || named.has(ref) || (c.column >= maxColumns && rowsNamed.has(c.row));
        expect(kept, `${ref} (${c.kind} ${JSON.stringify(c.text)})`).toBe(true);
        if (c.kind === "text" && c.column < maxColumns) expect(placed.get(ref)).toBe(c.text);
      }
    },
  );
});
