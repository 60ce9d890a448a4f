import type { Rag } from "@cja-kit/core";
import type { Cell } from "./sheet-model";

// The workbook's fixed styles. Each cell format (`cellXfs`) is named here once; the colours of
// the ratings are Excel's own "Bad", "Neutral" and "Good" styles, which officers recognise.

/** Index of each cell format in `cellXfs`. */
export const STYLE = {
  default: 0,
  header: 1,
  text: 2,
  date: 3,
  moneyPounds: 4,
  moneyPence: 5,
  percentWhole: 6,
  percentDecimal: 7,
  number: 8,
  red: 9,
  amber: 10,
  green: 11,
  notRated: 12,
  title: 13,
  label: 14,
} as const;

/** The fill and text colour of each rating (RGB), also used by the conditional formats. */
export const RAG_COLOURS: Readonly<Record<Rag, { fill: string; font: string }>> = {
  red: { fill: "FFC7CE", font: "9C0006" },
  amber: { fill: "FFEB9C", font: "9C5700" },
  green: { fill: "C6EFCE", font: "006100" },
  "not-rated": { fill: "EDEDED", font: "404040" },
};

const RAG_STYLE: Readonly<Record<Rag, number>> = {
  red: STYLE.red,
  amber: STYLE.amber,
  green: STYLE.green,
  "not-rated": STYLE.notRated,
};

/** The ratings in the order of their fonts, fills and conditional formats (`dxfs`). */
export const RAG_ORDER: readonly Rag[] = ["red", "amber", "green", "not-rated"];

/** The number format ids written: built-in 9, 10 (percentages) and 49 (text), and ours from 164. */
const NUMBER_FORMATS = [
  [164, "d mmmm yyyy"],
  [165, '"£"#,##0'],
  [166, '"£"#,##0.00'],
] as const;

function numberStyle(cell: Cell & { kind: "number" }): number {
  const whole = Number.isInteger(cell.style === "percent" ? cell.value * 100 : cell.value);
  switch (cell.style) {
    case "money":
      return whole ? STYLE.moneyPounds : STYLE.moneyPence;
    case "percent":
      return whole ? STYLE.percentWhole : STYLE.percentDecimal;
    case "plain":
      return STYLE.number;
  }
}

/** The cell format of a cell. */
export function styleOf(cell: Cell): number {
  switch (cell.kind) {
    case "text":
      return STYLE.text;
    case "number":
      return numberStyle(cell);
    case "date":
      return STYLE.date;
    case "rag":
      return RAG_STYLE[cell.rag];
    case "title":
      return STYLE.title;
    case "label":
      return STYLE.label;
  }
}

const font = (extra: string) => `<font>${extra}<sz val="11"/><name val="Arial"/><family val="2"/></font>`;
const solid = (rgb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
const top = '<alignment vertical="top" wrapText="1"/>';
const xf = (numFmt: number, fontId: number, fillId: number, extra = top) =>
  `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1">${extra}</xf>`;

function fonts(): string {
  const list = [
    font(""),
    font("<b/>"),
    ...RAG_ORDER.map((rag) => font(`<b/><color rgb="FF${RAG_COLOURS[rag].font}"/>`)),
    '<font><b/><sz val="14"/><name val="Arial"/><family val="2"/></font>',
  ];
  return `<fonts count="${list.length}">${list.join("")}</fonts>`;
}

function fills(): string {
  const list = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
    solid("D9E1F2"),
    ...RAG_ORDER.map((rag) => solid(RAG_COLOURS[rag].fill)),
  ];
  return `<fills count="${list.length}">${list.join("")}</fills>`;
}

function cellXfs(): string {
  const list = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    xf(49, 1, 2, '<alignment vertical="top" wrapText="1"/>'),
    xf(49, 0, 0),
    xf(164, 0, 0),
    xf(165, 0, 0),
    xf(166, 0, 0),
    xf(9, 0, 0),
    xf(10, 0, 0),
    xf(0, 0, 0),
    ...RAG_ORDER.map((_, index) => xf(49, 2 + index, 3 + index)),
    xf(49, 6, 0, '<alignment vertical="top"/>'),
    xf(49, 1, 0),
  ];
  return `<cellXfs count="${list.length}">${list.join("")}</cellXfs>`;
}

function dxfs(): string {
  const list = RAG_ORDER.map(
    (rag) =>
      `<dxf><font><b/><color rgb="FF${RAG_COLOURS[rag].font}"/></font><fill><patternFill patternType="solid"><fgColor rgb="FF${RAG_COLOURS[rag].fill}"/><bgColor rgb="FF${RAG_COLOURS[rag].fill}"/></patternFill></fill></dxf>`,
  );
  return `<dxfs count="${list.length}">${list.join("")}</dxfs>`;
}

/** `xl/styles.xml`. */
export function stylesXml(): string {
  const formats = NUMBER_FORMATS.map(
    ([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, "&quot;")}"/>`,
  ).join("");
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<numFmts count="${NUMBER_FORMATS.length}">${formats}</numFmts>`,
    fonts(),
    fills(),
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    cellXfs(),
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    dxfs(),
    "</styleSheet>",
  ].join("");
}
