/** Month names and their short forms, as spreadsheets read them in dates. */
export const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

const NUMBER_LIKE = /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// A number a spreadsheet shows as written: no leading zero, no trailing zero, no +, at most 11 digits.
const SHOWN_AS_WRITTEN = /^-?(?:0|[1-9]\d{0,10})(?:\.\d{0,8}[1-9])?$/;

const REWRITTEN: readonly RegExp[] = [
  // 2010-11, 2008-11, 3-2, 07/01/08, 31/03/2011
  /^\d{1,4}[-/]\d{1,4}(?:[-/]\d{1,4})?$/,
  // Mar-11, July 2008, 30-Sep-10, 1st March 2011, Sept. 2011
  new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?[-/ ]+)?${MONTH}[-/ ,]+\\d{1,4}$`, "i"),
  // 3-Feb, 10 September
  new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?[-/ ]+${MONTH}$`, "i"),
  // March 31, 2011
  new RegExp(`^${MONTH}[-/ ]+\\d{1,2}(?:st|nd|rd|th)?,?[-/ ]+\\d{2,4}$`, "i"),
  // 10:30, 9:00 am, 2pm
  /^\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?$|^\d{1,2}\s*[ap]\.?m\.?$/i,
  // 1 1/2
  /^\d+ \d+\/\d+$/,
  /^(?:true|false)$/i,
];

/**
 * Whether a spreadsheet opening a CSV would read this cell as a number, date, time or truth value
 * and show it otherwise when the file is saved again: `1.10` → `1.1`, `04` → `4`, `2010-11` →
 * `Nov-10`, `July 2008` → `07/01/08`, `true` → `TRUE`. Numbers it shows as written (`12`, `-5.5`,
 * `2.1`) are not.
 */
export function rewrittenBySpreadsheet(value: string): boolean {
  if (NUMBER_LIKE.test(value)) return !SHOWN_AS_WRITTEN.test(value);
  return REWRITTEN.some((pattern) => pattern.test(value));
}
