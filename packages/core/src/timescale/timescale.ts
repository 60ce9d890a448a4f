import * as z from "zod";
import { Run } from "../content/content";
import { CalendarDate } from "../period/calendar-date";

/**
 * A stretch of calendar days named by some wording, and how precise the wording was:
 * "July 2008" is the month of July (`month`), "2010/11" a financial year, "1/10/08" a day.
 *
 * @example
 * ```ts
 * const july: DateSpan = { start: "2008-07-01", end: "2008-07-31", precision: "month" };
 * ```
 */
export const DateSpan = /* @__PURE__ */ z
  .object({
    start: CalendarDate,
    end: CalendarDate,
    precision: z
      .enum(["day", "month", "quarter", "half-year", "season", "year", "financial-year"])
      .describe("How precisely the wording named the days: a day, a month, a quarter, …"),
  })
  .describe("The days a date expression covers.");
/** The days a date expression covers. */
export type DateSpan = z.output<typeof DateSpan>;

/**
 * How often something recurs: "1/4ly" is every 3 months, "6 weekly" every 6 weeks.
 *
 * @example
 * ```ts
 * const quarterly: Interval = { every: 3, unit: "month" };
 * ```
 */
export const Interval = /* @__PURE__ */ z
  .object({
    every: z.number().int().min(1).describe("How many units apart (3 for quarterly)."),
    unit: z.enum(["week", "month", "year"]).describe("The unit counted."),
  })
  .describe("How often something recurs.");
/** How often something recurs. */
export type Interval = z.output<typeof Interval>;

/**
 * What a piece of timescale wording means, kind by kind: a date, a deadline ("By March 2011"),
 * a start ("From 2009", "Dec 08 start"), a range ("Oct 2009 – Oct 2010", "2008-11"), plan-relative
 * years ("Year 1-3", "end of year 1"), ongoing work ("Immediate & ongoing"), a recurrence
 * ("September 2008 & 1/4ly thereafter"), a duration ("2-3 years"), "TBA", or wording that could
 * not be read (kept, never guessed).
 *
 * @example
 * ```ts
 * const when: When = { kind: "recurring", interval: { every: 3, unit: "month" }, first: { start: "2008-09-01", end: "2008-09-30", precision: "month" } };
 * ```
 */
export const When = /* @__PURE__ */ z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("date"), span: DateSpan }),
    z.object({ kind: z.literal("by"), span: DateSpan }),
    z
      .object({ kind: z.literal("event"), span: DateSpan })
      .describe(
        'A date on which something happened or happens ("Monies provided January 2010"): not a deadline.',
      ),
    z.object({ kind: z.literal("from"), span: DateSpan }),
    z.object({ kind: z.literal("range"), from: DateSpan, to: DateSpan }),
    z.object({
      kind: z.literal("plan-years"),
      from: z.number().int().min(1).describe('The first plan year ("Year 1").'),
      to: z.number().int().min(1).describe("The last plan year."),
      by: z.boolean().optional().describe('Due by the end of the years ("by end of year 2").'),
    }),
    z.object({
      kind: z.literal("ongoing"),
      since: DateSpan.optional(),
      sincePlanYear: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('The plan year it has run since ("Year 2 onwards").'),
      immediate: z.boolean().optional().describe('Starting at once ("Immediate & ongoing").'),
    }),
    z.object({ kind: z.literal("recurring"), interval: Interval, first: DateSpan.optional() }),
    z.object({
      kind: z.literal("duration"),
      min: z.number().int().min(1).describe('The shortest duration ("2" of "2-3 years").'),
      max: z.number().int().min(1).describe("The longest duration (the same as min for one figure)."),
      unit: z.enum(["week", "month", "year"]).describe("The unit of min and max."),
    }),
    z.object({ kind: z.literal("to-be-arranged") }),
    z.object({ kind: z.literal("unparsed") }),
  ])
  .describe("What a piece of timescale wording means.");
/** What a piece of timescale wording means. */
export type When = z.output<typeof When>;

/**
 * One dated part of a timescale: the wording it came from, the words around the date (a
 * milestone's name, e.g. "Funding bid"), and its meaning.
 *
 * @example
 * ```ts
 * const segment: TimescaleSegment = { text: "Funding bid Dec 07", label: "Funding bid", when: { kind: "date", span: { start: "2007-12-01", end: "2007-12-31", precision: "month" } } };
 * ```
 */
export const TimescaleSegment = /* @__PURE__ */ z
  .object({
    text: z.string().describe("The wording of this part, verbatim."),
    label: z.string().optional().describe("Words naming the milestone, without the date."),
    when: When,
  })
  .describe("One dated part of a timescale.");
/** One dated part of a timescale. */
export type TimescaleSegment = z.output<typeof TimescaleSegment>;

const sameLines = (runs: readonly (readonly Run[])[], raw: string): boolean => {
  const lines = raw.split(/\r\n|\r|\n/);
  return (
    lines.length === runs.length &&
    lines.every((line, i) => runs[i]?.map((run) => run.text).join("") === line)
  );
};

/**
 * A timescale as written (`raw`; paragraphs of a cell joined by `\n`) and as parsed, part by part;
 * `runs` keeps the source's marks inside its lines (seed 002's underlined "Year 1").
 *
 * @example
 * ```ts
 * const timescale: Timescale = {
 *   raw: "July 2008",
 *   segments: [{ text: "July 2008", when: { kind: "date", span: { start: "2008-07-01", end: "2008-07-31", precision: "month" } } }],
 * };
 * ```
 */
export const Timescale = /* @__PURE__ */ z
  .object({
    raw: z.string().describe("The timescale as written."),
    segments: z.array(TimescaleSegment).describe("Its parts, each with its meaning, in the order written."),
    runs: z
      .array(z.array(Run))
      .optional()
      .describe(
        "The wording split into runs with their marks, one list per line of `raw` (an empty line has none), where the source marks part of it (an underlined year); each line's runs joined are that line.",
      ),
  })
  .refine((t) => t.runs === undefined || sameLines(t.runs, t.raw), {
    message: "The runs of each line joined are that line of the timescale as written.",
    path: ["runs"],
  })
  .describe("A timescale as written and as parsed.");
/** A timescale as written and as parsed. */
export type Timescale = z.output<typeof Timescale>;
