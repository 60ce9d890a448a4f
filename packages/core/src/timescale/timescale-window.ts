import { guarded, isObject } from "../_internal/guard";
import { segmentWindow } from "../_internal/segment-window";
import type { CalendarDate } from "../period/calendar-date";
import type { FinancialYear } from "../period/financial-year";
import { type Interval, Timescale } from "./timescale";

/**
 * Options for {@link timescaleWindow}.
 *
 * @example
 * ```ts
 * const options: TimescaleWindowOptions = { yearOne: "2008-09" };
 * ```
 */
export type TimescaleWindowOptions = {
  /** The financial year a plan calls "Year 1"; plan-relative wording stays unresolved without it. */
  yearOne?: FinancialYear;
};

/**
 * The dates a timescale commits to: when the work starts, when it is due, and whether it is
 * open-ended (ongoing or recurring, so never simply "past due").
 *
 * @example
 * ```ts
 * const window: TimescaleWindow = { start: "2008-07-01", due: "2008-07-31", open: false };
 * ```
 */
export type TimescaleWindow = {
  start?: CalendarDate;
  due?: CalendarDate;
  open: boolean;
  recurs?: Interval;
};

const earliest = (dates: (CalendarDate | undefined)[]) => dates.filter((d) => d !== undefined).sort()[0];
const latest = (dates: (CalendarDate | undefined)[]) =>
  dates
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);

/**
 * The window of dates a timescale commits to, across all its parts: the earliest start, the latest
 * due date, and whether any part is ongoing or recurring. Plan years ("Year 1-3") and durations
 * ("2-3 years", counted from the start of Year 1) resolve only when `yearOne` is given.
 *
 * @param timescale - A parsed timescale.
 * @param options - The plan's Year 1.
 * @returns Start, due date and open-endedness; parts that carry no date add nothing.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * timescaleWindow(parseTimescale("Year 1-3").value, { yearOne: "2008-09" });
 * // { start: "2008-04-01", due: "2011-03-31", open: false }
 * ```
 */
export function timescaleWindow(timescale: Timescale, options: TimescaleWindowOptions = {}): TimescaleWindow {
  return guarded(
    "timescaleWindow",
    () => [
      ["timescale", Timescale, timescale],
      ["options", isObject, options],
    ],
    () => timescaleWindowOf(timescale, options),
  );
}

function timescaleWindowOf(timescale: Timescale, options: TimescaleWindowOptions = {}): TimescaleWindow {
  const parts = timescale.segments.map((segment) => segmentWindow(segment.when, options.yearOne));
  const start = earliest(parts.map((p) => p.start));
  const due = latest(parts.map((p) => p.due));
  const recurs = parts.find((p) => p.recurs !== undefined)?.recurs;
  return {
    ...(start === undefined ? {} : { start }),
    ...(due === undefined ? {} : { due }),
    open: parts.some((p) => p.open === true),
    ...(recurs === undefined ? {} : { recurs }),
  };
}
