/** A cell's lines and the line breaks between them, as written (`\r\n`, `\r` or `\n`). */
export type CellLines = { lines: string[]; breaks: string[] };

/** Splits a cell's text into its lines, keeping each line break so the text can be put back together. */
export function cellLines(text: string): CellLines {
  const parts = text.split(/(\r\n|\r|\n)/);
  return {
    lines: parts.filter((_, i) => i % 2 === 0),
    breaks: parts.filter((_, i) => i % 2 === 1),
  };
}

/** Lines joined with the breaks they were written with. */
export function joinCellLines(lines: readonly string[], breaks: readonly string[]): string {
  return lines.map((line, i) => (i === 0 ? line : `${breaks[i - 1] ?? "\n"}${line}`)).join("");
}
