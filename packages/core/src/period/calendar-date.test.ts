import { describe, expect, it } from "vitest";
import { CalendarDate } from "./calendar-date";
import { FinancialYear } from "./financial-year";
import { formatCalendarDate } from "./format-calendar-date";
import { PlanPeriod } from "./plan-period";

describe("CalendarDate, FinancialYear and PlanPeriod", () => {
  it("accepts real days only", () => {
    expect(CalendarDate.safeParse("2008-02-29").success).toBe(true);
    expect(CalendarDate.safeParse("2010-02-31").success).toBe(false);
    expect(CalendarDate.safeParse("1/10/08").success).toBe(false);
    expect(CalendarDate.safeParse("2011-12-30").success).toBe(true); // skipped in Pacific/Apia
    expect(CalendarDate.safeParse("1900-02-29").success).toBe(false);
    expect(CalendarDate.safeParse("2000-02-29").success).toBe(true);
  });

  it("writes a date from its digits, the same in every time zone", () => {
    expect(formatCalendarDate("2011-12-30")).toBe("30 December 2011");
    expect(formatCalendarDate("2008-07-31")).toBe("31 July 2008");
  });

  it("accepts financial years of consecutive years", () => {
    expect(FinancialYear.safeParse("2010-11").success).toBe(true);
    expect(FinancialYear.safeParse("1999-00").success).toBe(true);
    expect(FinancialYear.safeParse("2008-11").success).toBe(false);
    expect(FinancialYear.safeParse("2010/11").success).toBe(false);
  });

  it("refuses a plan period that ends before it starts, at its end", () => {
    const parsed = PlanPeriod.safeParse({ from: "2010-11", to: "2008-09" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["to"]);
  });
});
