import { deflateSync, strToU8 } from "fflate";

/** An entry of a zip made by hand: any name (duplicates and unsafe ones too), stored or deflated, with overrides for what the headers say. */
export type HandEntry = {
  name: string;
  data: string | Uint8Array;
  deflate?: boolean;
  method?: number;
  flags?: number;
  declaredSize?: number;
};

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/**
 * A zip written byte by byte (PKWARE APPNOTE), so tests can make the archives no library would:
 * duplicated or unsafe names, wrong sizes, unknown methods, encryption flags.
 */
export function handZip(entries: readonly HandEntry[], options: { zip64?: boolean } = {}): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    const raw = typeof entry.data === "string" ? strToU8(entry.data) : entry.data;
    const data = entry.deflate === false ? raw : deflateSync(raw);
    const method = entry.method ?? (entry.deflate === false ? 0 : 8);
    const name = strToU8(entry.name);
    const size = entry.declaredSize ?? raw.length;
    const offset = local.length;
    const common = [
      ...u16(20),
      ...u16((entry.flags ?? 0) | 0x800),
      ...u16(method),
      ...u16(0),
      ...u16(0x21),
      ...u32(0),
      ...u32(data.length),
      ...u32(size),
      ...u16(name.length),
      ...u16(0),
    ];
    local.push(...u32(0x04034b50), ...common, ...name, ...data);
    central.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...common,
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...name,
    );
  }
  const count = options.zip64 === true ? 0xffff : entries.length;
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(count),
    ...u16(count),
    ...u32(central.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return Uint8Array.from([...local, ...central, ...end]);
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The parts of a workbook made by hand: sheets' XML (by name), and optionally shared strings, styles, workbook properties. */
export type HandWorkbook = {
  sheets: ReadonlyArray<{ name: string; xml: string; state?: "hidden" | "veryHidden" }>;
  sharedStrings?: string[];
  styles?: string;
  workbookPr?: string;
};

/** A worksheet part around the given `sheetData` rows and what follows them. */
export const worksheet = (rows: string, after = "", before = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;

/** The entries of a minimal, valid workbook. */
export function handWorkbookEntries(book: HandWorkbook): HandEntry[] {
  const sheets = book.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state === undefined ? "" : ` state="${s.state}"`}/>`,
    )
    .join("");
  const rels = book.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const n = book.sheets.length;
  const strings =
    book.sharedStrings === undefined
      ? ""
      : `<sst ${NS}>${book.sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join("")}</sst>`;
  return [
    {
      name: "[Content_Types].xml",
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: "_rels/.rels",
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?><workbook ${NS}>${book.workbookPr ?? ""}<sheets>${sheets}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    ...(book.styles === undefined ? [] : [{ name: "xl/styles.xml", data: book.styles }]),
    ...(strings === "" ? [] : [{ name: "xl/sharedStrings.xml", data: strings }]),
    ...book.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
  ];
}

/** A minimal, valid workbook's bytes. */
export const handWorkbook = (book: HandWorkbook) => handZip(handWorkbookEntries(book));

/** A styles part whose cell formats (`cellXfs`, index from 0) use the given number formats: built-in ids or custom codes (numbered from 164). */
export function stylesWith(formats: ReadonlyArray<number | string>): string {
  const custom = formats.filter((f): f is string => typeof f === "string");
  const numFmts = custom
    .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code.replace(/"/g, "&quot;")}"/>`)
    .join("");
  const xfs = formats
    .map(
      (f) =>
        `<xf numFmtId="${typeof f === "number" ? f : 164 + custom.indexOf(f)}" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
    )
    .join("");
  return `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="${custom.length}">${numFmts}</numFmts><cellXfs count="${formats.length}">${xfs}</cellXfs></styleSheet>`;
}
