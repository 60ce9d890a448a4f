import { execFileSync } from "node:child_process";
import { cellsOf, paragraphsOf, rowsOf, tablesOf, textOf } from "./xml";

// Pages as a reader sees them: the text of each page of a PDF (pdftotext), compared with the rows
// of the document's tables as bags of words, so line breaks and the order of cells do not matter.

/**
 * A bag of words: letters and digits, lower case; slashes and punctuation split words, hyphens
 * are dropped (pdftotext joins a word hyphenated at a line's end: "research-based" on two lines
 * reads "researchbased").
 */
export function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text
    .toLowerCase()
    .replace(/[-\u2010\u2011\u00ad]/g, "")
    .split(/[^\p{L}\p{N}]+/u))
    if (word.length > 0) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Whether every word of `part` is in `whole`, as often. */
export const within = (part: ReadonlyMap<string, number>, whole: ReadonlyMap<string, number>): boolean =>
  [...part].every(([word, count]) => (whole.get(word) ?? 0) >= count);

/** `whole` less the words of `part`, as often as `part` has them. */
export function less(
  whole: ReadonlyMap<string, number>,
  part: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map(whole);
  for (const [word, count] of part) {
    const left = (out.get(word) ?? 0) - count;
    if (left > 0) out.set(word, left);
    else out.delete(word);
  }
  return out;
}

/** The text of each page of a PDF. */
export const pdfPageTexts = (pdf: string): string[] =>
  execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
    .split("\f")
    .slice(0, -1);

/** A table row of a document: its paragraphs' text, whether it repeats as a header, whether it may not split. */
export type DocxRow = { text: string; paragraphs: string[]; header: boolean; keep: boolean };

/** Every table row of a document.xml. */
export const docxRows = (xml: string): DocxRow[] =>
  tablesOf(xml).flatMap((table) =>
    rowsOf(table).map((row) => {
      // A line break inside a paragraph parts words as a space does.
      const paragraphs = cellsOf(row).flatMap((cell) =>
        paragraphsOf(cell).map((p) => textOf(p.replace(/<w:br\/>/g, "<w:t> </w:t>"))),
      );
      return {
        text: paragraphs.join(" "),
        paragraphs,
        header: row.includes("<w:tblHeader/>"),
        keep: row.includes("<w:cantSplit/>"),
      };
    }),
  );

/** The rows kept on one page (`cantSplit`) whose words no single page holds: rows split across pages. */
export function splitRows(rows: readonly DocxRow[], pages: readonly string[]): string[] {
  const bags = pages.map(words);
  return rows
    .filter((row) => row.keep && !row.header && words(row.text).size > 0)
    .filter((row) => !bags.some((page) => within(words(row.text), page)))
    .map((row) => row.text.slice(0, 80));
}

/**
 * The pages holding nothing but furniture: the running header and footer, and table header rows
 * repeated at the top of the page. Returns their numbers, from 1.
 */
export function furnitureOnlyPages(
  pages: readonly string[],
  furniture: readonly string[],
  headers: readonly string[],
): number[] {
  return pages.flatMap((page, i) => {
    let left = less(words(page), words(furniture.join(" ")));
    for (const header of headers) if (within(words(header), left)) left = less(left, words(header));
    return left.size === 0 ? [i + 1] : [];
  });
}
