import { writeFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { type HandEntry, handWorkbook, handWorkbookEntries, handZip, worksheet } from "../support/zip-bytes";

// Writes the hostile workbook corpus into test/fixtures/hostile with its manifest: each file with
// the options it is read with and the issue codes it must yield. Run with
// `pnpm tsx packages/xlsx/test/hostile/make-hostile.ts`.

type Entry = { file: string; expect: string[]; options?: Record<string, number> };
const folder = new URL("../fixtures/hostile/", import.meta.url);
const manifest: Entry[] = [];

function add(file: string, bytes: Uint8Array, expect: string[], options?: Record<string, number>): void {
  writeFileSync(new URL(file, folder), bytes);
  manifest.push({ file, expect, ...(options === undefined ? {} : { options }) });
}

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const fine = worksheet(
  `<row r="1">${cell("A1", "Number")}${cell("B1", "Title")}</row><row r="2">${cell("A2", "1.10")}${cell("B2", "Fine")}</row>`,
);
const book = (xml: string) => handWorkbookEntries({ sheets: [{ name: "Plan", xml }] });
const replace = (entries: HandEntry[], name: string, change: Partial<HandEntry>) =>
  entries.map((entry) => (entry.name === name ? { ...entry, ...change } : entry));
const valid = handWorkbook({ sheets: [{ name: "Plan", xml: fine }] });

// Not a workbook at all.
add("not-a-zip.xlsx", strToU8("Number,Title\n1,Not a workbook\n"), ["xlsx/not-a-zip"]);
add("empty.xlsx", new Uint8Array(0), ["xlsx/not-a-zip"]);
add(
  "ole-encrypted.xlsx",
  Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
  ["xlsx/encrypted-or-xls"],
);
add("truncated-half.xlsx", valid.subarray(0, Math.floor(valid.length / 2)), ["xlsx/truncated"]);
add(
  "truncated-directory.xlsx",
  Uint8Array.from([...valid.subarray(0, valid.length - 60), ...valid.subarray(valid.length - 22)]),
  ["xlsx/truncated"],
);
add("too-large.xlsx", valid, ["xlsx/too-large"], { maxBytes: 100 });
add("zip64.xlsx", handZip(book(fine), { zip64: true }), ["xlsx/zip64"]);

// The archive's own tricks.
add("zip-slip.xlsx", handZip([...book(fine), { name: "../../evil.sh", data: "#!/bin/sh" }]), [
  "xlsx/unsafe-entry-name",
]);
add("absolute-name.xlsx", handZip([...book(fine), { name: "/etc/passwd", data: "root" }]), [
  "xlsx/unsafe-entry-name",
]);
add("backslash-name.xlsx", handZip([...book(fine), { name: "xl\\..\\..\\evil.xml", data: "x" }]), [
  "xlsx/unsafe-entry-name",
]);
add("drive-name.xlsx", handZip([...book(fine), { name: "C:/evil.xml", data: "x" }]), [
  "xlsx/unsafe-entry-name",
]);
add(
  "duplicate-entry.xlsx",
  handZip([
    ...book(fine),
    { name: "XL/Worksheets/Sheet1.xml", data: worksheet(`<row r="1">${cell("A1", "other")}</row>`) },
  ]),
  ["xlsx/duplicate-entry"],
);
add(
  "too-many-entries.xlsx",
  handZip([
    ...book(fine),
    ...Array.from({ length: 200 }, (_, i) => ({ name: `xl/media/${i}.txt`, data: "x" })),
  ]),
  ["xlsx/too-many-entries"],
  { maxEntries: 100 },
);
add("encrypted-entry.xlsx", handZip(replace(book(fine), "xl/worksheets/sheet1.xml", { flags: 1 })), [
  "xlsx/encrypted-entry",
]);
add(
  "unknown-compression.xlsx",
  handZip(replace(book(fine), "xl/worksheets/sheet1.xml", { deflate: false, method: 12 })),
  ["xlsx/unsupported-compression"],
);
add(
  "bad-deflate.xlsx",
  handZip(
    replace(book(fine), "xl/worksheets/sheet1.xml", {
      deflate: false,
      method: 8,
      data: Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x11]),
    }),
  ),
  ["xlsx/bad-compressed-data"],
);

// Zip bombs: a sheet of 64 MB of spaces (about 64 kB zipped), read with an 8 MiB budget, and the
// same with a central directory that claims 1 kB.
const bomb = strToU8(
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${" ".repeat(64 * 1024 * 1024)}<sheetData/></worksheet>`,
);
add(
  "zip-bomb.xlsx",
  handZip(replace(book(fine), "xl/worksheets/sheet1.xml", { data: bomb })),
  ["xlsx/too-large-inflated"],
  { maxInflatedBytes: 8 * 1024 * 1024 },
);
add(
  "lying-size-bomb.xlsx",
  handZip(replace(book(fine), "xl/worksheets/sheet1.xml", { data: bomb, declaredSize: 1024 })),
  ["xlsx/too-large-inflated"],
  { maxInflatedBytes: 8 * 1024 * 1024 },
);

// XML that is broken or hostile.
add(
  "bad-xml.xlsx",
  handZip(book(worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>open</is></c></row>`))),
  ["xlsx/bad-xml"],
);
add(
  "bad-xml-midway.xlsx",
  handZip(book(worksheet(`<row r="1">${cell("A1", "kept")}</row><row r="2"><c r="A2"><v>1</v></row>`))),
  ["xlsx/bad-xml"],
);
add(
  "xxe-sheet.xlsx",
  handZip(
    book(
      `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`,
    ),
  ),
  ["xlsx/doctype"],
);
const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&d;&d;&d;&d;&d;&d;&d;&d;</t></si></sst>`;
add(
  "billion-laughs.xlsx",
  handZip([
    ...book(worksheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`)),
    { name: "xl/sharedStrings.xml", data: laughs },
  ]),
  ["xlsx/doctype"],
);
add("undefined-entity.xlsx", handZip(book(worksheet(`<row r="1">${cell("A1", "&xxe;")}</row>`))), [
  "xlsx/bad-xml",
]);
add(
  "bad-utf8.xlsx",
  handZip(
    replace(book(fine), "xl/worksheets/sheet1.xml", {
      data: Uint8Array.from([
        ...strToU8(worksheet(`<row r="1">${cell("A1", "x")}`)),
        0xc3,
        0x28,
        ...strToU8("</row>"),
      ]),
    }),
  ),
  ["xlsx/bad-encoding"],
);

// A package that is not a workbook, or a workbook that points nowhere.
add("no-workbook.xlsx", zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "hello.txt": strToU8("hi") }), [
  "xlsx/missing-part",
]);
add("missing-sheet-part.xlsx", handZip(book(fine).filter((e) => e.name !== "xl/worksheets/sheet1.xml")), [
  "xlsx/missing-part",
]);
add(
  "rels-climbing-out.xlsx",
  handZip(
    replace(book(fine), "xl/_rels/workbook.xml.rels", {
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../../../../etc/passwd"/></Relationships>',
    }),
  ),
  ["xlsx/no-worksheet"],
);

// Cells past the limits or pointing nowhere.
add(
  "far-column.xlsx",
  handZip(book(worksheet(`<row r="1">${cell("A1", "a")}${cell("XFD1", "far away")}</row>`))),
  ["xlsx/too-many-columns"],
);
add(
  "too-many-cells.xlsx",
  handZip(
    book(
      worksheet(
        Array.from(
          { length: 50 },
          (_, i) => `<row r="${i + 1}">${cell(`A${i + 1}`, "x")}${cell(`J${i + 1}`, "y")}</row>`,
        ).join(""),
      ),
    ),
  ),
  ["xlsx/too-many-cells"],
  { maxCells: 100 },
);
add(
  "missing-shared-string.xlsx",
  handZip(book(worksheet(`<row r="1"><c r="A1" t="s"><v>99</v></c></row>`))),
  ["xlsx/missing-shared-string"],
);
add(
  "duplicate-cells.xlsx",
  handZip(book(worksheet(`<row r="1">${cell("A1", "first")}${cell("A1", "second")}</row>`))),
  ["xlsx/duplicate-cell"],
);
add(
  "bad-merge.xlsx",
  handZip(
    book(
      worksheet(
        `<row r="1">${cell("A1", "a")}</row>`,
        '<mergeCells><mergeCell ref="A1:ZZZZ9"/></mergeCells>',
      ),
    ),
  ),
  ["xlsx/bad-merge"],
);

// Work that grows with the product of two counts: wide hidden column ranges, merges piled up.
const wideCols = `<cols>${'<col min="1" max="16384" hidden="1"/>'.repeat(20_000)}</cols>`;
add(
  "wide-hidden-columns.xlsx",
  handZip(book(worksheet(`<row r="1">${cell("A1", "a")}</row>`, "", wideCols))),
  ["xlsx/hidden-column"],
);
const rows2k = Array.from(
  { length: 2_000 },
  (_, i) => `<row r="${i + 1}">${cell(`A${i + 1}`, "x")}</row>`,
).join("");
const piled = `<mergeCells>${'<mergeCell ref="A1:XFD2000"/>'.repeat(5_000)}</mergeCells>`;
add("piled-merges.xlsx", handZip(book(worksheet(rows2k, piled))), ["xlsx/too-many-merges"]);

writeFileSync(new URL("manifest.json", folder), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${manifest.length} hostile workbooks written`);
