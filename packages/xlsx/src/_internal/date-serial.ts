const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * A calendar date (`2010-09-30`) as a spreadsheet serial number in the 1900 date system, the
 * default of Excel and LibreOffice (day 1 is 1 January 1900; serials from 61 on, 1 March 1900,
 * are right in both); undefined when the text is not a date.
 */
export function dateSerial(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || year < 1900) return undefined;
  return Math.round((time - EPOCH) / DAY);
}
