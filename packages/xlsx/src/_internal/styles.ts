import type { Rag } from "@cja-kit/core";
import type { Cell } from "./sheet-model";

// The workbook's styles. The fixed cell formats (`cellXfs`) are named here once; each number
// format a figure needs is added after them as it is met. The colours of the ratings are Excel's
// own "Bad", "Neutral" and "Good" styles, which officers recognise.

/** Index of each fixed cell format in `cellXfs`. */
export const STYLE = {
  default: 0,
  header: 1,
  text: 2,
  date: 3,
  red: 4,
  amber: 5,
  green: 6,
  notRated: 7,
  title: 8,
  label: 9,
} as const;

const FIXED = 10;

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

/** Excel's built-in number formats by code (ECMA-376 18.8.30): used by id, never redefined. */
const BUILT_IN: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
]);

const DATE_FORMAT = "d mmmm yyyy";
const FIRST_CUSTOM = 164;

/** The styles of one workbook: fixed ones, and a cell format for each number format met. */
export type WorkbookStyles = { of: (cell: Cell) => number; xml: () => string };

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

function fixedXfs(): string[] {
  return [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    xf(49, 1, 2, top),
    xf(49, 0, 0),
    xf(FIRST_CUSTOM, 0, 0),
    ...RAG_ORDER.map((_, index) => xf(49, 2 + index, 3 + index)),
    xf(49, 6, 0, '<alignment vertical="top"/>'),
    xf(49, 1, 0),
  ];
}

function dxfs(): string {
  const list = RAG_ORDER.map(
    (rag) =>
      `<dxf><font><b/><color rgb="FF${RAG_COLOURS[rag].font}"/></font><fill><patternFill patternType="solid"><fgColor rgb="FF${RAG_COLOURS[rag].fill}"/><bgColor rgb="FF${RAG_COLOURS[rag].fill}"/></patternFill></fill></dxf>`,
  );
  return `<dxfs count="${list.length}">${list.join("")}</dxfs>`;
}

const quoted = (code: string) => code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A number format's id: Excel's own where it has one, else the next custom id. */
function formatIds() {
  const custom = new Map<string, number>([[DATE_FORMAT, FIRST_CUSTOM]]);
  return {
    id(code: string): number {
      const known = BUILT_IN.get(code) ?? custom.get(code);
      if (known !== undefined) return known;
      custom.set(code, FIRST_CUSTOM + custom.size);
      return FIRST_CUSTOM + custom.size - 1;
    },
    xml: () =>
      `<numFmts count="${custom.size}">${[...custom]
        .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${quoted(code)}"/>`)
        .join("")}</numFmts>`,
  };
}

/** A new set of styles: the fixed cell formats, then one per number format as cells need them. */
export function workbookStyles(): WorkbookStyles {
  const ids = formatIds();
  const numbers = new Map<string, number>();
  const numberStyle = (code: string) => {
    const known = numbers.get(code);
    if (known !== undefined) return known;
    numbers.set(code, FIXED + numbers.size);
    ids.id(code);
    return FIXED + numbers.size - 1;
  };
  return {
    of(cell) {
      switch (cell.kind) {
        case "text":
          return STYLE.text;
        case "number":
          return numberStyle(cell.format);
        case "date":
          return STYLE.date;
        case "rag":
          return RAG_STYLE[cell.rag];
        case "title":
          return STYLE.title;
        case "label":
          return STYLE.label;
      }
    },
    xml() {
      const xfs = [...fixedXfs(), ...[...numbers.keys()].map((code) => xf(ids.id(code), 0, 0))];
      return [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        ids.xml(),
        fonts(),
        fills(),
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
        `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>`,
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
        dxfs(),
        "</styleSheet>",
      ].join("");
    },
  };
}
