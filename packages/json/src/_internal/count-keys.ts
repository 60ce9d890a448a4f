import { closingQuote } from "./closing-quote";

/**
 * How many keys JSON text writes: strings followed by a colon. Jumps from quote to quote, so it
 * reads little of the text itself. For JSON that has parsed, where it is exact: more keys than the
 * parsed value holds means a key was repeated (JSON.parse keeps the last without a word).
 */
export function countKeys(text: string): number {
  let keys = 0;
  for (let open = text.indexOf('"'); open !== -1; ) {
    const close = closingQuote(text, open);
    if (close === -1) break;
    let after = close + 1;
    for (let code = text.charCodeAt(after); code === 32 || code === 10 || code === 13 || code === 9; )
      code = text.charCodeAt(++after);
    if (text.charCodeAt(after) === 58) keys++;
    open = text.indexOf('"', after);
  }
  return keys;
}
