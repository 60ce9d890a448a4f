import { format } from "date-fns";

/** A calendar date string (yyyy-MM-dd) as a local Date at midnight. */
export function toDate(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1);
}

/** A Date's calendar date as yyyy-MM-dd. */
export function fromDate(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/** Whether year, month (1-12) and day name a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}
