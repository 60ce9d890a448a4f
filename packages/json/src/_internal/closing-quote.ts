/**
 * The offset of the quote that closes the JSON string opened at `open`: the next quote not escaped
 * (one with an even number of backslashes before it), found with `indexOf`; -1 when none does.
 */
export function closingQuote(text: string, open: number): number {
  for (let end = text.indexOf('"', open + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return end;
  }
  return -1;
}
