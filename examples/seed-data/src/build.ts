import {
  type Block,
  type Content,
  createProgressEntry,
  type ProgressEntry,
  type ProgressEntryInput,
  parseContent,
  parseMoney,
  parseOutcomeRefs,
  parseTimescale,
  parseTimescaleCell,
  parseYesNo,
} from "@cja-kit/core";

// Small builders that keep the seed documents readable as data. Wording passes through the
// public parsers, so the stored values carry their raw text beside the parsed form.

/** A paragraph. */
export const p = (text: string): Block => ({ kind: "paragraph", text });
/** A paragraph that is bold throughout in the source. */
export const strong = (text: string): Block => ({ kind: "paragraph", text, strong: true });
/** A bulleted list ("·" or "•" in the extraction). */
export const bullets = (...items: string[]): Block => ({ kind: "list", marker: "bullet", items });
/** A numbered list whose numbers Word generates. */
export const numbered = (...items: string[]): Block => ({ kind: "list", marker: "number", items });
/** A list without markers (`list-style-type: none`); typed numbers stay in the item text. */
export const unmarked = (...items: string[]): Block => ({ kind: "list", marker: "none", items });
/**
 * One block written in the cell notation, read by the public parser: `**bold**`, `_italic_`,
 * `__underline__`, `^superscript^` where the source marks part of a line (`5^th^ June`).
 */
export const marked = (notation: string): Block => {
  const [block, ...rest] = parseContent(notation);
  if (block === undefined || rest.length > 0) throw new Error(`not one block: ${notation}`);
  return block;
};
/** A numbered list whose items are written in the cell notation. */
export const numberedMarked = (...items: string[]): Block =>
  marked(items.map((item, i) => `${i + 1}. ${item}`).join("\n"));
/** Content from strings (each a paragraph) and blocks. */
export const c = (...parts: Array<string | Block>): Content =>
  parts.map((part) => (typeof part === "string" ? p(part) : part));
/** A timescale cell; paragraphs are separate arguments. */
export const timescale = (...lines: string[]) => parseTimescale(lines.join("\n")).value;
/** A timescale cell with marks in core's cell notation (`__Year 1__ Complete data review`). */
export const markedTimescale = (...lines: string[]) => parseTimescaleCell(lines.join("\n")).value;
/** A resources cell; paragraphs are separate arguments. */
export const money = (...lines: string[]) => parseMoney(lines.join("\n")).value;
/** Outcome references as written, e.g. `(A1 & C3)`. */
export const refs = (raw: string, framework = "nab-2008") => parseOutcomeRefs(raw, { framework }).value;
/** A yes/no cell. */
export const yesNo = parseYesNo;
/** A progress entry whose status is read from its wording. */
export const entry = (input: ProgressEntryInput): ProgressEntry => createProgressEntry(input);
