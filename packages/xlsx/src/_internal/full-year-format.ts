import type { NumberFormat } from "./number-formats";

// A format's literal parts (quoted text, escaped characters, [colour] and [$-locale] tags), which
// are not date tokens.
const LITERAL = /"[^"]*"|\\.|\[[^\]]*\]/g;

/**
 * The same date format with a two-digit year (`yy`) written in full (`yyyy`), where the format
 * shows no day: `mmm-yy` shows September 2023 as `Sep-23`, which a reader of the text alone cannot
 * tell from 23 September. Undefined for any other format (a day or a full year shown, not a date).
 *
 * @example fullYearFormat({ code: "mmm-yy", date: true }); // { code: "mmm-yyyy", date: true }
 */
export function fullYearFormat(format: NumberFormat): NumberFormat | undefined {
  if (!format.date) return undefined;
  // A sheet's date cells share a few formats: each is looked at once.
  const known = widened.get(format);
  if (known !== undefined) return known ?? undefined;
  const found = widen(format);
  widened.set(format, found ?? null);
  return found;
}

const widened = new WeakMap<NumberFormat, NumberFormat | null>();

function widen(format: NumberFormat): NumberFormat | undefined {
  const tokens = format.code.replace(LITERAL, " ");
  if (/d/i.test(tokens) || !/(^|[^y])yy(?!y)/i.test(tokens)) return undefined;
  const parts = format.code.split(/("[^"]*"|\\.|\[[^\]]*\])/);
  const code = parts
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/(^|[^y])yy(?!y)/gi, "$1yyyy")))
    .join("");
  return { code, date: true };
}
