import { format } from "date-fns";
import { toDate } from "./calendar";

/** A calendar date as the documents write it: 31 July 2008. */
export function longDate(date: string): string {
  return format(toDate(date), "d MMMM yyyy");
}
