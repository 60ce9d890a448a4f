/** What separates the fields of a row. */
export type CsvDelimiter = "," | ";" | "\t";

const CANDIDATES: CsvDelimiter[] = [",", ";", "\t"];

/** The delimiter a header line uses: the candidate found most often outside quotes (comma on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char as CsvDelimiter))
      counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
  }
  return CANDIDATES.reduce(
    (best, candidate) => ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0) ? candidate : best),
    ",",
  );
}
