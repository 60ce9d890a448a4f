import type { Block, ListMarker } from "../content/content";

/**
 * What one line of the content text form reads as, given the block before it. `text` is still in
 * the mark notation (`readInline` reads it).
 */
export type LineReading =
  | { kind: "paragraph"; text: string }
  | { kind: "item"; marker: ListMarker; text: string; number?: number };

const hasText = (text: string) => /\S/.test(text);

/** The number the next item of a numbered list would carry, if `last` is one. */
export function nextNumber(last: Block | undefined): number | undefined {
  return last?.kind === "list" && last.marker === "number"
    ? (last.start ?? 1) + last.items.length
    : undefined;
}

/**
 * `12. Item`: a numbered item when the number has one to three digits and no leading zero, or is
 * the next number of the list above. `2010. Review of the registration scheme` is a paragraph.
 */
function numbered(line: string, last: Block | undefined): LineReading | undefined {
  let digits = 0;
  while (
    digits < line.length &&
    digits <= 9 &&
    line[digits] !== undefined &&
    /\d/.test(line[digits] as string)
  )
    digits++;
  if (digits === 0 || line[digits] !== "." || line[digits + 1] !== " ") return undefined;
  const number = Number(line.slice(0, digits));
  const text = line.slice(digits + 2);
  const starts = digits <= 3 && line[0] !== "0";
  if (!hasText(text) || !(starts || number === nextNumber(last))) return undefined;
  return { kind: "item", marker: "number", text, number };
}

/** The reading of a line without a leading backslash. */
function plainReading(line: string, last: Block | undefined): LineReading {
  if (line.startsWith("• ") && hasText(line.slice(2)))
    return { kind: "item", marker: "bullet", text: line.slice(2) };
  if (line.startsWith("◦ ") && hasText(line.slice(2)))
    return { kind: "item", marker: "none", text: line.slice(2) };
  return numbered(line, last) ?? { kind: "paragraph", text: line };
}

/**
 * Reads a line after the block `last`. A leading backslash is an escape only where the text after
 * the backslashes would read as a list item; elsewhere it is text, kept (or, before `*`, `_` or
 * `^`, the mark notation's escape).
 */
export function readContentLine(line: string, last: Block | undefined): LineReading {
  let slashes = 0;
  while (line[slashes] === "\\") slashes++;
  if (slashes === 0) return plainReading(line, last);
  const rest = line.slice(slashes);
  const special = plainReading(rest, last).kind === "item";
  return { kind: "paragraph", text: special ? line.slice(1) : line };
}
