/** Points per line of 11-point Arial, with the cell's margins. */
const LINE = 14.5;
/** Excel's highest row. */
const MOST = 409;
const DEFAULT_WIDTH = 14;

/** The lines a text takes in a column of a width (in characters of `0`), wrapping as a spreadsheet does, roughly. */
function lines(text: string, width: number): number {
  // An average letter is narrower than the `0` widths are counted in.
  const perLine = Math.max(1, Math.floor(width * 1.15));
  let count = 0;
  let from = 0;
  // Paragraph by paragraph without splitting: a row's cells are measured for every row written.
  for (let end = text.indexOf("\n"); ; end = text.indexOf("\n", from)) {
    const length = (end === -1 ? text.length : end) - from;
    count += Math.max(1, Math.ceil(length / perLine));
    if (end === -1) break;
    from = end + 1;
  }
  return count;
}

/**
 * A row's height in points, tall enough for its longest wrapped text. LibreOffice keeps the
 * default height of a row that states none, so wrapped text would overlap the rows below.
 */
export function rowHeight(
  texts: ReadonlyArray<string | undefined>,
  widths: ReadonlyArray<number | undefined>,
): number | undefined {
  let most = 1;
  texts.forEach((text, column) => {
    if (text !== undefined && text.length > 0)
      most = Math.max(most, lines(text, widths[column] ?? DEFAULT_WIDTH));
  });
  return most <= 1 ? undefined : Math.min(MOST, Math.round(most * LINE * 4) / 4);
}
