import type { Plan, ProgressReturn } from "@cja-kit/core";
import { listSheets, readPlanXlsx, sheetRecords, writeWorkbook } from "@cja-kit/xlsx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
// The writer's two stages, from the package's source: `pnpm bench` measures the second (cells to
// bytes) beside the bare zip of the same cells, as it measures the reader's records stage.
import { packWorkbook } from "../../packages/xlsx/src/_internal/pack-workbook";
import { workbookSheets } from "../../packages/xlsx/src/_internal/workbook-sheets";
import type { Case } from "./cases";

// Workbook write (the cells stage) and read (the records stage) beside the bare libraries
// @cja-kit/xlsx is built on, doing the same cells: fflate zipping a plain sheet of inline strings,
// and fflate unzipping with saxes collecting each cell's text; export and import (the plan to and
// from a workbook, the domain work included) beside the same. Kept apart from cases.ts, which
// measures the other packages.

const escapeText = (text: string) =>
  text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));

type SheetCells = { name: string; rows: string[][] };

/** Each sheet's cells, as the reader gives them back: what both writers write. */
function workbookCells(bytes: Uint8Array): SheetCells[] {
  return listSheets(bytes).sheets.map(({ name }) => ({
    name,
    rows: sheetRecords(bytes, { sheet: name }).flatMap((item) => ("issue" in item ? [] : [[...item.cells]])),
  }));
}

const sheetXml = (rows: readonly string[][]) =>
  rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((text) => `<c t="inlineStr"><is><t xml:space="preserve">${escapeText(text)}</t></is></c>`).join("")}</row>`,
    )
    .join("");

/** fflate alone: the same cells, sheet by sheet, as inline strings in the smallest workbook Excel opens. */
function bareWrite(sheets: readonly SheetCells[]): Uint8Array {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const part = (xml: string): [Uint8Array, { level: 6 }] => [strToU8(xml), { level: 6 }];
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const list = sheets
    .map((s, i) => `<sheet name="${escapeText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  return zipSync({
    "[Content_Types].xml": part(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    ),
    "_rels/.rels": part(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": part(`<workbook ${ns}><sheets>${list}</sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": part(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    ...Object.fromEntries(
      sheets.map((s, i) => [
        `xl/worksheets/sheet${i + 1}.xml`,
        part(`<worksheet ${ns}><sheetData>${sheetXml(s.rows)}</sheetData></worksheet>`),
      ]),
    ),
  });
}

/** fflate and saxes alone: unzip the workbook and collect the text of each cell of the plan sheet. */
function bareRead(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes, {
    filter: (f) => f.name === "xl/sharedStrings.xml" || f.name === "xl/worksheets/sheet1.xml",
  });
  const decode = new TextDecoder();
  const strings: string[] = [];
  const shared = new SaxesParser();
  let item = "";
  shared.on("text", (t) => {
    item += t;
  });
  shared.on("closetag", (tag) => {
    if (tag.name === "si") {
      strings.push(item);
      item = "";
    }
  });
  shared.write(decode.decode(files["xl/sharedStrings.xml"])).close();
  const rows: string[][] = [];
  const sheet = new SaxesParser();
  let value = "";
  let type = "";
  sheet.on("opentag", (tag) => {
    if (tag.name === "row") rows.push([]);
    else if (tag.name === "c") type = String(tag.attributes.t ?? "");
    else if (tag.name === "v") value = "";
  });
  sheet.on("text", (t) => {
    value += t;
  });
  sheet.on("closetag", (tag) => {
    if (tag.name === "v") rows.at(-1)?.push(type === "s" ? (strings[Number(value)] ?? "") : value);
  });
  sheet.write(decode.decode(files["xl/worksheets/sheet1.xml"])).close();
  return rows;
}

const planMeta = ({ themes: _themes, columns: _columns, ...meta }: Plan) => meta;
const returnMeta = ({ entries: _entries, ...meta }: ProgressReturn) => meta;

/**
 * Workbook write (the sheets' cells made, to bytes), export (writeWorkbook: the plan and its
 * return to bytes, making the cells too), read (the records stage) and import (the plan and its
 * return through core's pipeline, as "CSV import"), each beside the bare libraries doing the same cells.
 */
export function xlsxCases(plan: Plan, progress: ProgressReturn, size: number): Case[] {
  const { bytes } = writeWorkbook({ plan, progress });
  const cells = workbookCells(bytes);
  const { sheets, title } = workbookSheets({ plan, progress }, {});
  return [
    {
      operation: "workbook write",
      size,
      ours: () => packWorkbook(sheets, title, undefined),
      bare: () => bareWrite(cells),
      bareName: "fflate zip of the same cells",
    },
    {
      operation: "workbook export",
      size,
      ours: () => writeWorkbook({ plan, progress }),
      bare: () => bareWrite(cells),
      bareName: "fflate zip of the same cells",
    },
    {
      operation: "workbook read",
      size,
      ours: () => sheetRecords(bytes, { sheet: "Plan" }),
      bare: () => bareRead(bytes),
      bareName: "fflate unzip + saxes",
    },
    {
      operation: "workbook import",
      size,
      ours: () => readPlanXlsx(bytes, { plan: planMeta(plan), progress: returnMeta(progress) }),
      bare: () => bareRead(bytes),
      bareName: "fflate unzip + saxes",
    },
  ];
}
