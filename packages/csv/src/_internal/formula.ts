import { rewrittenBySpreadsheet } from "./spreadsheet-values";

// Characters a spreadsheet skips or does not show before a formula: spaces of every width, tab,
// zero-width characters, the word joiner, U+FEFF and the soft hyphen.
const INVISIBLE = "[\\t \\u00A0\\u00AD\\u1680\\u180E\\u2000-\\u200F\\u202F\\u205F\\u2060\\u3000\\uFEFF]";
// = + - @ and their full-width forms, which spreadsheets in East Asian locales take for them.
const FORMULA = "[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20]";
const NUMBER = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
// Where a spreadsheet may start a new cell inside ours: after either delimiter or a line break.
const BREAK = "[,;\\r\\n]";

const AT_START = new RegExp(`^'*(?:[\\t\\r\\n]|${INVISIBLE}*${FORMULA})`);
// A plain number up to the next break (-5.5): a spreadsheet reads it as the number it is.
const NUMBER_PART = `${INVISIBLE}*${NUMBER}${INVISIBLE}*(?:${BREAK}|$)`;
const NUMBER_FIRST = new RegExp(`^${NUMBER_PART}`);
const AFTER_BREAK = new RegExp(`(${BREAK})(?='*${INVISIBLE}*${FORMULA})(?!${NUMBER_PART})`, "g");
const ESCAPED_AFTER_BREAK = new RegExp(`(${BREAK})'(?='*${INVISIBLE}*${FORMULA})`, "g");

/** Whether a cell needs the leading `'`: a formula start (not a plain number), or a value protected. */
function needsPrefix(value: string, protect: boolean): boolean {
  if (AT_START.test(value) && !NUMBER_FIRST.test(value)) return true;
  const bare = value.replace(/^'+/, "");
  if (bare !== value && rewrittenBySpreadsheet(bare)) return true;
  return protect && rewrittenBySpreadsheet(value);
}

/**
 * A cell made safe to open in a spreadsheet (OWASP CSV injection, and further): a cell starting
 * with = + - @ (or their full-width forms), after any spaces or invisible characters, or with a
 * tab, CR or LF, gets a leading `'`; so does each such start after a `,`, a `;` or a line break
 * inside the cell, where a spreadsheet splitting at the other delimiter, or at line breaks, would
 * start a new cell. With `protect`, a value a spreadsheet would turn into a number or a date
 * (`1.10`, `04`, `2010-11`, `Mar-11`) gets the leading `'` too. Text that already starts with `'`
 * before any of these gets one more, so that {@link restoreFormula} undoes it exactly. Plain
 * numbers such as -5.5 are left alone.
 */
export function neutraliseFormula(value: string, protect = false): string {
  const inner = value.replace(AFTER_BREAK, "$1'");
  return needsPrefix(value, protect) ? `'${inner}` : inner;
}

/** Undoes {@link neutraliseFormula} (with or without `protect`): one `'` is removed wherever it added one. */
export function restoreFormula(value: string): string {
  // Only a `'` was ever added: most cells have none to look at.
  if (!value.includes("'")) return value;
  const inner = value.replace(ESCAPED_AFTER_BREAK, "$1");
  if (!inner.startsWith("'")) return inner;
  const rest = inner.slice(1);
  return AT_START.test(rest) || rewrittenBySpreadsheet(rest.replace(/^'+/, "")) ? rest : inner;
}
