import { parseYesNo } from "../../plan/yes-no";
import { defaultStatusRules } from "../../status/default-status-rules";
import { normaliseStatus } from "../../status/normalise-status";
import { parseTimescale } from "../../timescale/parse-timescale";
import { parseRag } from "./parse-rag";

/** A number, a percentage, an amount of money or an action number: `40%`, `£15,000`, `2.4.1`, `12`. */
const FIGURE = /^[£$€]?\s*\d[\d,.]*\s*(?:%|k|m|bn)?\.?$/i;

const TERMS = /* @__PURE__ */ (() =>
  new Set(defaultStatusRules.filter((rule) => rule.kind === "term").map((rule) => rule.id)))();

/** Whether the whole wording is a status word ("Complete", "COMPLETE", "Not commenced", "On target"). */
const isStatusWord = (text: string): boolean => TERMS.has(normaliseStatus(text).rule ?? "");

/** Whether wording is wholly a date or a timescale the parser reads without doubt ("July 2008", "30/09/2010"). */
function isDated(text: string): boolean {
  const read = parseTimescale(text);
  return read.issues.length === 0 && read.value.segments.length > 0;
}

/**
 * Whether a cell's wording is a value a column holds (a status word, a rating, yes or no, a
 * figure, a date or timescale) rather than a column's label: the evidence a row of cells that
 * read as headings needs before it is taken as a table's own labels.
 */
export function isValueLike(text: string): boolean {
  const trimmed = text.trim();
  return (
    FIGURE.test(trimmed) ||
    parseRag(trimmed) !== undefined ||
    parseYesNo(trimmed).value !== undefined ||
    isStatusWord(trimmed) ||
    isDated(trimmed)
  );
}
