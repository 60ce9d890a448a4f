import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat } from "docx";
import type { Resolved } from "./resolve-options";

/** Paragraph style ids of the rendered documents. */
export const STYLE = {
  cell: "CellText",
  cellHeader: "CellHeader",
  coverLine: "CoverLine",
  address: "CoverAddress",
  small: "SmallText",
  continued: "HeadingContinued",
  contentsHeading: "ContentsHeading",
} as const;

/** Numbering references of the rendered documents' lists. */
export const LIST = {
  bullet: "cja-bullet",
  number: "cja-number",
  cellBullet: "cja-cell-bullet",
  cellNumber: "cja-cell-number",
} as const;

const heading = (o: Resolved, size: number, before: number) => ({
  run: { font: o.font, size, bold: true, color: o.colours.accent },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

/** The document's styles: defaults in the chosen font and language, headings, table text. */
export function documentStyles(o: Resolved): IStylesOptions {
  const run = { font: o.font, size: o.size, language: { value: o.language } };
  return {
    default: {
      document: { run, paragraph: { spacing: { after: 120 } } },
      title: {
        run: { font: o.font, size: 40, bold: true, color: o.colours.accent },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: heading(o, o.size + 6, 240),
      heading2: heading(o, o.size + 3, 200),
      heading3: heading(o, o.size + 1, 160),
      heading4: heading(o, o.size, 120),
    },
    paragraphStyles: [
      // Headings a reader sees as Heading 1 that are not chapters: no outline level, so neither
      // the navigation pane nor the table of contents lists them.
      {
        id: STYLE.continued,
        name: "Heading Continued",
        basedOn: "Normal",
        next: "Normal",
        ...heading(o, o.size + 6, 240),
      },
      {
        id: STYLE.contentsHeading,
        name: "Contents Heading",
        basedOn: "Normal",
        next: "Normal",
        ...heading(o, o.size + 6, 240),
      },
      {
        id: STYLE.cell,
        name: "Table Text",
        basedOn: "Normal",
        quickFormat: true,
        run: { size: o.tableSize },
        paragraph: { spacing: { before: 0, after: 60 } },
      },
      {
        id: STYLE.cellHeader,
        name: "Table Heading",
        basedOn: STYLE.cell,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.coverLine,
        name: "Cover Line",
        basedOn: "Normal",
        run: { size: 32, bold: true, color: o.colours.accent },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
      {
        id: STYLE.address,
        name: "Cover Address",
        basedOn: "Normal",
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
      {
        id: STYLE.small,
        name: "Small Text",
        basedOn: "Normal",
        run: { size: Math.max(o.tableSize - 2, 12), color: "404040" },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, left: number) => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.START,
  style: { paragraph: { indent: { left, hanging: Math.min(left, 360) } } },
});

/** The lists: bullets and numbers, in body text and (less indented) in table cells. */
export const numbering: INumberingOptions = {
  config: [
    { reference: LIST.bullet, levels: [level(LevelFormat.BULLET, "\u2022", 720)] },
    { reference: LIST.number, levels: [level(LevelFormat.DECIMAL, "%1.", 720)] },
    { reference: LIST.cellBullet, levels: [level(LevelFormat.BULLET, "\u2022", 284)] },
    { reference: LIST.cellNumber, levels: [level(LevelFormat.DECIMAL, "%1.", 340)] },
  ],
};
