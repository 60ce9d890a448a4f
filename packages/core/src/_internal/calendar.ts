/** A calendar date string (yyyy-MM-dd) as a local Date at midnight. */
export function toDate(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1);
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** A Date's calendar date as yyyy-MM-dd (by hand: date-fns `format` is costly in a loop over every row). */
export function fromDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Whether year, month (1-12) and day name a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}
