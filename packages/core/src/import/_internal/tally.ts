/** The count of non-empty cells that reached the import, and of those placed in the model or reported. */
export type Tally = { nonEmpty: number; placed: number; reported: number };

/** Whether a cell holds anything (a space is something: a canonical table keeps it). */
export const filled = (cell: string | undefined): cell is string => cell !== undefined && cell.length > 0;

/** How many cells of a row hold anything. */
export function countFilled(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) if (filled(cell)) n += 1;
  return n;
}
