import { MONTH } from "./spreadsheet-values";

/** A cell that reads as a spreadsheet's rewriting of something else: where, and what it may have been. */
export type RewriteNote = { row: number; index: number; cell: string; kind: "date" | "number"; was: string };

// The forms a spreadsheet writes a date back in when it took a cell for one.
const DATE_FORMS: ReadonlyArray<[RegExp, string]> = [
  [new RegExp(`^${MONTH}-\\d{2}$`, "i"), "a period such as 2010-11, a month such as July 2010, or a date"],
  [new RegExp(`^\\d{1,2}-${MONTH}$`, "i"), "numbers such as 3-2 or 2/3"],
  [/^\d{1,2}\/\d{1,2}\/\d{2}$/, "a month such as July 2008, or a date written day first or month first"],
];

// The longest cell a date form matches ("September-11", "12-September."): a longer one that does
// not start with a digit is neither a date form nor a number, and is passed over at once.
const DATE_LONGEST = 13;
const DIGIT_FIRST = /^\d/;

/** What a cell in a spreadsheet's date form (Nov-10, 03-Feb, 07/01/08) may have been before it was opened. */
export function dateRewrite(cell: string): string | undefined {
  return DATE_FORMS.find(([form]) => form.test(cell))?.[1];
}

const TWO_PART = /^(\d+(?:\.\d+)*)\.(\d+)$/;

/**
 * The number a spreadsheet turned into this one, where the numbering before it says so: `1.1`
 * after `1.9` was `1.10`, `1.2` after `1.19` was `1.20` (a spreadsheet drops a decimal's last 0).
 */
export function numberRewrite(previous: string | undefined, cell: string): string | undefined {
  const [, stem, last] = TWO_PART.exec(cell) ?? [];
  const [, before, lastBefore] = TWO_PART.exec(previous ?? "") ?? [];
  if (stem === undefined || last === undefined || !/^[1-9]$/.test(last) || stem !== before) return undefined;
  return Number(lastBefore) === Number(last) * 10 - 1 ? `${stem}.${last}0` : undefined;
}

/** Notes on one record's cells, before their `'` is removed: a cell with its `'` was kept as text. */
export function rewriteNotes(
  row: number,
  cells: readonly string[],
  last: Map<number, string>,
): RewriteNote[] {
  const notes: RewriteNote[] = [];
  cells.forEach((cell, index) => {
    if (cell.length === 0 || cell.length > 40 || (cell.length > DATE_LONGEST && !DIGIT_FIRST.test(cell)))
      return;
    const previous = last.get(index);
    if (/^\d+(?:\.\d+)*$/.test(cell)) last.set(index, cell);
    const number = numberRewrite(previous, cell);
    const date = number === undefined ? dateRewrite(cell) : undefined;
    if (number !== undefined) notes.push({ row, index, cell, kind: "number", was: number });
    else if (date !== undefined) notes.push({ row, index, cell, kind: "date", was: date });
  });
  return notes;
}
