import { Packer } from "docx";
import { docxOf } from "../../src/_internal/docx-of";
import type { RenderedDocx } from "../../src/index";
import { docxPart } from "./docx-parts";

// Small regular-expression readers of WordprocessingML, for structural checks without a DOM.

/** The package's document.xml (and another part, when named) of a rendered document. */
export async function partOf(rendered: RenderedDocx, path = "word/document.xml"): Promise<string> {
  return docxPart(await Packer.toBuffer(docxOf(rendered).document, false, rendered.parts), path);
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of some XML: its `w:t` elements joined, tabs as `\t`. */
export const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
    .map((m) => (m[1] === undefined ? "\t" : decode(m[1])))
    .join("");

/** The tables of document.xml, each as its XML. */
export const tablesOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);

/** The rows of a table. */
export const rowsOf = (table: string): string[] =>
  [...table.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => m[0]);

/** The cells of a row. */
export const cellsOf = (row: string): string[] => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0]);

/** The paragraphs of some XML. */
export const paragraphsOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/gs)].map((m) => m[0]);

/** A table's grid column widths. */
export const gridOf = (table: string): number[] =>
  [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));

/** A cell's width in twips and the columns it spans. */
export function cellWidth(cell: string): { width: number; span: number } {
  return {
    width: Number(cell.match(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/)?.[1] ?? Number.NaN),
    span: Number(cell.match(/<w:gridSpan w:val="(\d+)"\/>/)?.[1] ?? 1),
  };
}

/** A cell's fill colour, if shaded. */
export const fillOf = (cell: string): string | undefined =>
  cell.match(/<w:shd w:fill="([0-9A-Fa-f]{6})"/)?.[1];

/** The paragraph styles used in some XML. */
export const stylesOf = (xml: string): string[] =>
  [...xml.matchAll(/<w:pStyle w:val="([^"]+)"\/>/g)].map((m) => m[1] ?? "");
