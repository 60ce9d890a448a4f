// A table, not date-fns `format` (20 kB in a browser bundle for one pattern) nor Intl (whose
// output depends on the ICU data the runtime ships): the same words everywhere, in any time zone.

/** The English month names, January first: the one table that writes and reads month words. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The English name of a month, 1-12: 3 → "March"; "" for any other number. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "";
}

/** The month number (1-12) a name or its first three letters or more ("Sept" too) means, if any. */
export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, "");
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(lower));
  return index < 0 ? undefined : index + 1;
}
