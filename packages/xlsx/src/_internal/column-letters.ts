/** A column's letters from its index (0 is `A`, 26 is `AA`). */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel's last column, XFD, as an index. */
export const LAST_COLUMN = 16_383;

/**
 * `B12` as writers write every cell's reference (capitals, then digits, nothing else), read a
 * character at a time; undefined for any other form, which the pattern then reads.
 */
function plainCellRef(ref: string): { column: number; row: number } | undefined {
  let column = 0;
  let i = 0;
  for (let code = ref.charCodeAt(0); i < 3 && code >= 65 && code <= 90; code = ref.charCodeAt(++i))
    column = column * 26 + (code - 64);
  const digits = ref.length - i;
  if (i === 0 || digits < 1 || digits > 7 || ref.charCodeAt(i) === 48) return undefined;
  let row = 0;
  for (let k = i; k < ref.length; k++) {
    const code = ref.charCodeAt(k);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + (code - 48);
  }
  return column - 1 > LAST_COLUMN ? undefined : { column: column - 1, row };
}

/** A cell reference (`B12`) as a column index and a row number; undefined when it is not one. */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  const plain = plainCellRef(ref);
  if (plain !== undefined) return plain;
  const match = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/.exec(ref.trim().toUpperCase());
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1 > LAST_COLUMN ? undefined : { column: column - 1, row: Number(match[2]) };
}

/** A range (`A1:C3`, or one cell `B2`) as its first and last cells; undefined when it is not one. */
export function parseRange(
  ref: string,
): { from: { column: number; row: number }; to: { column: number; row: number } } | undefined {
  const [first, last = first] = ref.split(":");
  const from = parseCellRef(first ?? "");
  const to = parseCellRef(last ?? "");
  if (from === undefined || to === undefined) return undefined;
  return {
    from: { column: Math.min(from.column, to.column), row: Math.min(from.row, to.row) },
    to: { column: Math.max(from.column, to.column), row: Math.max(from.row, to.row) },
  };
}
