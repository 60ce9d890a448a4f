import type { CellRun } from "@cja-kit/core";
import { unescapeCellText } from "./ooxml-text";
import { attribute } from "./xml-events";

/** A rich-text run being read (`<r>`): its text so far, its marks, and whether it is struck through. */
export type OpenRun = { text: string; marks: Omit<CellRun, "text">; struck: boolean };

/** A cell's rich text read: its runs, and the text struck through in it, if any. */
export type RichText = { runs: CellRun[]; struck?: string };

/** A toggle property (`<b/>`, `<b val="1"/>`) is on unless its value says off (ECMA-376 Part 1, 18.4.2). */
const on = (attributes: Readonly<Record<string, string>>): boolean => {
  const value = attribute(attributes, "val");
  return value === undefined || !(value === "0" || value === "false");
};

/** A new run (`<r>` opened). */
export const openRun = (): OpenRun => ({ text: "", marks: {}, struck: false });

/**
 * Reads a run property (an element of `<rPr>`) into the run: bold, italic, underline (any kind
 * but `none`), superscript, strike-through. Colour, font and size are not content, so not read.
 */
export function markRun(run: OpenRun, name: string, attributes: Readonly<Record<string, string>>): void {
  if (name === "b" && on(attributes)) run.marks.bold = true;
  else if (name === "i" && on(attributes)) run.marks.italic = true;
  else if (name === "u" && attribute(attributes, "val") !== "none") run.marks.underline = true;
  else if (name === "vertAlign" && attribute(attributes, "val") === "superscript")
    run.marks.superscript = true;
  else if (name === "strike" && on(attributes)) run.struck = true;
}

/** A cell's runs finished: texts unescaped, empty runs left out; the struck-through words named. */
export function richText(runs: readonly OpenRun[]): RichText {
  const out: CellRun[] = [];
  const struck: string[] = [];
  for (const run of runs) {
    if (run.text.length === 0) continue;
    const text = unescapeCellText(run.text);
    out.push({ text, ...run.marks });
    if (run.struck && /\S/.test(text)) struck.push(text.trim());
  }
  return struck.length === 0 ? { runs: out } : { runs: out, struck: struck.join(" … ") };
}
