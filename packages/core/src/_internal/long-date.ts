// A table, not date-fns `format` (20 kB in a browser bundle for one pattern) nor Intl (whose
// output depends on the ICU data the runtime ships): the same words everywhere, in any time zone.
const MONTHS = [
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

/** A calendar date (yyyy-MM-dd) as the documents write it: 31 July 2008. */
export function longDate(date: string): string {
  const [year = "", month = "", day = ""] = date.split("-");
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}
