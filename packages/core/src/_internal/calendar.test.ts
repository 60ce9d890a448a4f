import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { addMonths, dayNumber, daysBetween, fromDayNumber, isRealDay } from "./calendar";

describe("calendar arithmetic on plain dates", () => {
  it("counts days across leap years and the skipped Samoan day", () => {
    expect(daysBetween("2011-12-29", "2011-12-31")).toBe(2);
    expect(daysBetween("2000-02-28", "2000-03-01")).toBe(2);
    expect(daysBetween("1900-02-28", "1900-03-01")).toBe(1);
    expect(daysBetween("1970-01-01", "2011-12-30")).toBe(15338);
  });

  it("moves by months, keeping within the month it lands in", () => {
    expect(addMonths("2011-01-31", 1)).toBe("2011-02-28");
    expect(addMonths("2012-01-31", 1)).toBe("2012-02-29");
    expect(addMonths("2010-04-01", -6)).toBe("2009-10-01");
  });

  test.prop([
    fc.integer({ min: 1, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
  ])("agrees with the UTC calendar of Date on every real day", (year, month, day) => {
    const date = new Date(Date.UTC(2000, month - 1, day));
    date.setUTCFullYear(year);
    const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    expect(isRealDay(year, month, day)).toBe(real);
    if (!real) return;
    const iso = date.toISOString().slice(0, 10).replace(/^\+0*/, "");
    expect(fromDayNumber(dayNumber(iso))).toBe(iso);
    expect(dayNumber(iso) - dayNumber("1970-01-01")).toBe(Math.round(date.getTime() / 86_400_000));
  });
});

describe("dates in any time zone (issue 10, input 4)", () => {
  const zones = ["Pacific/Apia", "Pacific/Kiritimati", "America/Los_Angeles", "UTC"];
  const before = process.env.TZ;

  it.each(zones)("reads and prints the same days under TZ=%s", async (zone) => {
    process.env.TZ = zone;
    try {
      const { parseTimescale } = await import("../timescale/parse-timescale");
      const { formatCalendarDate } = await import("../period/format-calendar-date");
      const { quarterDates } = await import("../period/financial-quarter");
      expect(parseTimescale("30/12/2011").issues).toEqual([]);
      expect(formatCalendarDate("2011-12-30")).toBe("30 December 2011");
      expect(quarterDates("2011-12", 3)).toEqual({ start: "2011-10-01", end: "2011-12-31" });
      expect(daysBetween("2011-12-29", "2011-12-31")).toBe(2);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
