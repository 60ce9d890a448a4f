/** What separates the fields of a row. */
export type CsvDelimiter = "," | ";" | "\t";

const CANDIDATES: readonly CsvDelimiter[] = [",", ";", "\t"];

/** The first lines of a text (quoted line breaks kept inside their line), up to `most`. */
function firstLines(text: string, most: number): string[] {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < most; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < most && start < text.length) lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count += 1;
  }
  return count;
}

/**
 * The delimiter a file uses: of comma, semicolon and tab, the one that splits the most of the first
 * ten lines into as many cells as the first line (a semicolon file whose headings hold commas
 * is still a semicolon file); then the one the first line uses most; comma on a tie.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = firstLines(text, 10);
  const scored = CANDIDATES.map((candidate) => {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const header = counts[0] ?? 0;
    return { candidate, header, agree: header === 0 ? 0 : counts.filter((n) => n === header).length };
  });
  const best = scored.reduce((a, b) =>
    b.agree > a.agree || (b.agree === a.agree && b.header > a.header) ? b : a,
  );
  return best.agree === 0 ? "," : best.candidate;
}
