import type { SourceItem } from "@cja-kit/core";
import { Issue } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import {
  handWorkbook,
  handWorkbookEntries,
  handZip,
  stylesWith,
  worksheet,
} from "../../test/support/zip-bytes";
import { sheetRecords } from "./sheet-records";

const records = (items: readonly SourceItem[]) => items.flatMap((item) => ("issue" in item ? [] : [item]));
const issues = (items: readonly SourceItem[]) =>
  items.flatMap((item) => ("issue" in item ? [item.issue] : []));
const codes = (items: readonly SourceItem[]) => issues(items).map((issue) => issue.code);
const grid = (items: readonly SourceItem[]) => records(items).map((r) => [r.row, ...r.cells]);

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const number = (ref: string, value: number | string, style?: number) =>
  `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`}><v>${value}</v></c>`;

describe("sheetRecords", () => {
  it("reads each cell's text as the user saw it: action 1.10 formatted 0.00 stays 1.10, a date formatted mmmm yyyy stays July 2008", () => {
    const styles = stylesWith([0, "0.00", "mmmm yyyy", 14, 49, "0%", '"£"#,##0', "mmm-yy"]);
    const rows = `<row r="1">${number("A1", 1.1, 1)}${number("B1", 39630, 2)}${number("C1", 39630, 3)}${number("D1", 4, 4)}${number("E1", 0.85, 5)}${number("F1", 15000, 6)}${number("G1", 40603, 7)}${number("H1", 2.5)}</row>`;
    const items = sheetRecords(handWorkbook({ sheets: [{ name: "Plan", xml: worksheet(rows) }], styles }));
    expect(grid(items)).toEqual([
      [1, "1.10", "July 2008", "01/07/2008", "4", "85%", "£15,000", "Mar-2011", "2.5"],
    ]);
    // mmm-yy shows March 2011 as "Mar-11", which alone could be 11 March: the year is read in full.
    expect(issues(items).map((i) => [i.code, i.severity, i.column, i.actual])).toEqual([
      ["xlsx/year-in-full", "info", "G", "Mar-11"],
    ]);
  });

  it("keeps shared strings, rich text runs, inline strings and escaped characters as written, without phonetic guides", () => {
    const strings = [
      "2010-11",
      '<r><t>Lead: </t></r><r><rPr><b/></rPr><t>CJSW</t></r><rPh sb="0" eb="1"><t>x</t></rPh>',
      "line one_x000D_\nline two",
      "_x005F_x0041_",
    ];
    const rows = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>${inline("E1", "Mar-11 &amp; 3-2")}</row>`;
    const items = sheetRecords(
      handWorkbook({ sheets: [{ name: "S", xml: worksheet(rows) }], sharedStrings: strings }),
    );
    expect(grid(items)).toEqual([
      [1, "2010-11", "Lead: CJSW", "line one\r\nline two", "_x0041_", "Mar-11 & 3-2"],
    ]);
  });

  it("gives merged cells to their first row as spans, keeps a title above the header, two header rows and spacer rows, and pads rows to the table's width", () => {
    const rows = [
      `<row r="1">${inline("A1", "Action Plan 2010-11")}</row>`,
      `<row r="3">${inline("A3", "Key Measure")}${inline("B3", "Progress")}</row>`,
      `<row r="4">${inline("B4", "Year 2")}${inline("C4", "Year 3")}</row>`,
      `<row r="6">${inline("A6", "2.1 Health &amp; Wellbeing")}</row>`,
      `<row r="7">${inline("A7", "2.1.1")}${inline("B7", "On target")}</row>`,
    ].join("");
    const merges =
      '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="B3:C3"/><mergeCell ref="A6:C6"/></mergeCells>';
    const items = sheetRecords(handWorkbook({ sheets: [{ name: "Plan", xml: worksheet(rows, merges) }] }));
    expect(records(items)).toEqual([
      { row: 1, cells: ["Action Plan 2010-11", "", ""], spans: [{ column: 0, rows: 1, columns: 3 }] },
      { row: 3, cells: ["Key Measure", "Progress", ""], spans: [{ column: 1, rows: 1, columns: 2 }] },
      { row: 4, cells: ["", "Year 2", "Year 3"] },
      { row: 6, cells: ["2.1 Health & Wellbeing", "", ""], spans: [{ column: 0, rows: 1, columns: 3 }] },
      { row: 7, cells: ["2.1.1", "On target", ""] },
    ]);
    expect(issues(items)).toEqual([]);
  });

  it("names a cell a merge hides, and keeps its text", () => {
    const rows = `<row r="2">${inline("A2", "Theme")}${inline("B2", "hidden under the merge")}</row><row r="3">${inline("A3", "below")}</row>`;
    const items = sheetRecords(
      handWorkbook({
        sheets: [{ name: "S", xml: worksheet(rows, '<mergeCells><mergeCell ref="A2:B3"/></mergeCells>') }],
      }),
    );
    expect(records(items)[0]).toEqual({
      row: 2,
      cells: ["Theme", "hidden under the merge"],
      spans: [{ column: 0, rows: 2, columns: 2 }],
    });
    expect(issues(items).map((i) => [i.code, i.row, i.column])).toEqual([
      ["xlsx/merged-cell-hidden", 2, "B"],
      ["xlsx/merged-cell-hidden", 3, "A"],
    ]);
  });

  it("reads a formula's cached value with a warning, and names a formula with no value", () => {
    const rows = `<row r="2"><c r="A2"><f>SUM(B2:C2)</f><v>6</v></c><c r="B2" t="str"><f>B1&amp;"x"</f><v>1.10x</v></c><c r="C2"><f t="shared" si="0"/><v>7</v></c><c r="D2"><f>NOW()</f></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`;
    const items = sheetRecords(handWorkbook({ sheets: [{ name: "S", xml: worksheet(rows) }] }));
    expect(grid(items)).toEqual([[2, "6", "1.10x", "7", "", "#DIV/0!"]]);
    expect(issues(items).map((i) => [i.code, i.column, i.actual])).toEqual([
      ["xlsx/formula", "A", "=SUM(B2:C2)"],
      ["xlsx/formula", "B", '=B1&"x"'],
      ["xlsx/formula", "C", "a shared formula"],
      ["xlsx/formula-without-value", "D", "=NOW()"],
      ["xlsx/error-value", "E", "#DIV/0!"],
      ["xlsx/formula", "E", "=1/0"],
    ]);
  });

  it("reads hidden rows and columns, each named once with a warning", () => {
    const cols = '<cols><col min="2" max="3" hidden="1" width="0"/></cols>';
    const rows = `<row r="1">${inline("A1", "a")}${inline("B1", "b")}</row><row r="2" hidden="1">${inline("A2", "c")}${inline("C2", "d")}</row><row r="3" hidden="1"/>`;
    const items = sheetRecords(handWorkbook({ sheets: [{ name: "S", xml: worksheet(rows, "", cols) }] }));
    expect(grid(items)).toEqual([
      [1, "a", "b"],
      [2, "c", "", "d"],
    ]);
    expect(issues(items).map((i) => [i.code, i.row, i.column])).toEqual([
      ["xlsx/hidden-column", 1, "B"],
      ["xlsx/hidden-row", 2, undefined],
      ["xlsx/hidden-column", 2, "C"],
    ]);
  });

  it("hides rows without a height of their own under zeroHeight", () => {
    const before = '<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/>';
    const rows = `<row r="1" ht="15" customHeight="1">${inline("A1", "shown")}</row><row r="2">${inline("A2", "hidden")}</row>`;
    const items = sheetRecords(handWorkbook({ sheets: [{ name: "S", xml: worksheet(rows, "", before) }] }));
    expect(issues(items).map((i) => [i.code, i.row])).toEqual([["xlsx/hidden-row", 2]]);
  });

  it("reads booleans, dates of the 1904 system, and keeps a number a format cannot show", () => {
    const styles = stylesWith([0, "d mmmm yyyy", "[[bad"]);
    const rows = `<row r="1"><c r="A1" t="b"><v>1</v></c>${number("B1", 38168, 1)}${number("C1", -5, 1)}${number("D1", 3, 2)}</row>`;
    const items = sheetRecords(
      handWorkbook({
        sheets: [{ name: "S", xml: worksheet(rows) }],
        styles,
        workbookPr: '<workbookPr date1904="1"/>',
      }),
    );
    expect(grid(items)).toEqual([[1, "TRUE", "1 July 2008", "-5", "3"]]);
    expect(issues(items).map((i) => [i.code, i.column])).toEqual([
      ["xlsx/number-not-shown", "C"],
      ["xlsx/number-not-shown", "D"],
    ]);
  });

  it("places cells without references after the one before, and names a cell written twice", () => {
    const rows = `<row>${inline("B1", "b")}<c t="inlineStr"><is><t>c</t></is></c></row><row>${inline("A2", "first")}${inline("A2", "second")}</row>`;
    const items = sheetRecords(handWorkbook({ sheets: [{ name: "S", xml: worksheet(rows) }] }));
    expect(grid(items)).toEqual([
      [1, "", "b", "c"],
      [2, "first", "", ""],
    ]);
    expect(issues(items).map((i) => [i.code, i.actual])).toEqual([["xlsx/duplicate-cell", "second"]]);
  });

  it("reads the first visible worksheet, names the other sheets that hold cells, and reads a hidden sheet when asked", () => {
    const book = handWorkbook({
      sheets: [
        { name: "Old", xml: worksheet(`<row r="1">${inline("A1", "old")}</row>`), state: "hidden" },
        { name: "Plan", xml: worksheet(`<row r="1">${inline("A1", "plan")}</row>`) },
        { name: "Empty", xml: worksheet("") },
      ],
    });
    const first = sheetRecords(book);
    expect(grid(first)).toEqual([[1, "plan"]]);
    expect(issues(first).map((i) => [i.code, i.sheet])).toEqual([["xlsx/sheet-not-read", "Old"]]);
    expect(issues(sheetRecords(book, { sheet: "old" })).map((i) => i.code)).toEqual([
      "xlsx/hidden-sheet",
      "xlsx/sheet-not-read",
    ]);
    expect(grid(sheetRecords(book, { sheet: 3 }))).toEqual([]);
    expect(codes(sheetRecords(book, { sheet: "Actions" }))).toEqual(["xlsx/sheet-not-found"]);
  });

  it("says a sheet's comments are not read", () => {
    const entries = handWorkbookEntries({
      sheets: [{ name: "S", xml: worksheet(`<row r="1">${inline("A1", "a")}</row>`) }],
    });
    const rels = {
      name: "xl/worksheets/_rels/sheet1.xml.rels",
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
    };
    expect(codes(sheetRecords(handZip([...entries, rels])))).toEqual(["xlsx/comments-not-read"]);
  });

  it("names each comment by its cell, author and words, leaving out phonetic guides", () => {
    const entries = handWorkbookEntries({
      sheets: [{ name: "S", xml: worksheet(`<row r="1">${inline("A1", "a")}</row>`) }],
    });
    const rels = {
      name: "xl/worksheets/_rels/sheet1.xml.rels",
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>',
    };
    const comments = {
      name: "xl/comments1.xml",
      data: '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Officer</author></authors><commentList><comment ref="C12" authorId="0"><text><r><rPr><b/></rPr><t>Officer:</t></r><r><t xml:space="preserve"> check with SPS</t></r><rPh sb="0" eb="1"><t>x</t></rPh></text></comment></commentList></comments>',
    };
    const found = issues(sheetRecords(handZip([...entries, rels, comments])));
    expect(found.map((i) => [i.code, i.row, i.column, i.actual])).toEqual([
      ["xlsx/comments-not-read", 12, "C", "Officer: check with SPS"],
    ]);
    expect(found[0]?.message).toContain(
      'Cell C12 of sheet "S" has a comment by Officer: "Officer: check with SPS".',
    );
  });

  it("stops at maxColumns and maxCells with an issue naming what was not read", () => {
    const wide = `<row r="1">${inline("A1", "a")}${inline("XFD1", "far")}</row>`;
    const items = sheetRecords(handWorkbook({ sheets: [{ name: "S", xml: worksheet(wide) }] }));
    expect(grid(items)).toEqual([[1, "a"]]);
    expect(issues(items)[0]?.message).toContain('XFD1 "far"');
    const many = Array.from(
      { length: 10 },
      (_, i) => `<row r="${i + 1}">${inline(`A${i + 1}`, "x")}${inline(`B${i + 1}`, "y")}</row>`,
    ).join("");
    const cut = sheetRecords(handWorkbook({ sheets: [{ name: "S", xml: worksheet(many) }] }), {
      maxCells: 7,
    });
    expect(records(cut)).toHaveLength(3);
    expect(issues(cut).map((i) => [i.code, i.row])).toEqual([["xlsx/too-many-cells", 4]]);
  });

  it("gives only valid issues that name their sheet, and accepts an ArrayBuffer", () => {
    const bytes = handWorkbook({
      sheets: [{ name: "S", xml: worksheet(`<row r="1" hidden="1">${inline("A1", "a")}</row>`) }],
    });
    const items = sheetRecords(new Uint8Array(bytes).buffer as ArrayBuffer);
    expect(issues(items).every((issue) => Issue.safeParse(issue).success && issue.sheet === "S")).toBe(true);
    expect(grid(items)).toEqual([[1, "a"]]);
  });
});
