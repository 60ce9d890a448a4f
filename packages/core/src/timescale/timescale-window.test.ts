import { describe, expect, it } from "vitest";
import { deriveRag } from "../status/derive-rag";
import { parseTimescale } from "./parse-timescale";
import { timescaleWindow } from "./timescale-window";

const window = (raw: string, yearOne?: string) =>
  timescaleWindow(parseTimescale(raw).value, yearOne === undefined ? {} : { yearOne });

describe("timescaleWindow", () => {
  it("gives a month's last day as its due date", () => {
    expect(window("July 2008")).toEqual({ start: "2008-07-01", due: "2008-07-31", open: false });
  });

  it("resolves plan years against the plan's Year 1", () => {
    expect(window("Year 1-3", "2008-09")).toEqual({ start: "2008-04-01", due: "2011-03-31", open: false });
    expect(window("Set target numbers by end of year 2", "2008-09")).toEqual({
      due: "2010-03-31",
      open: false,
    });
    expect(window("Year 1-3")).toEqual({ open: false });
  });

  it("takes the earliest start and latest due date across milestones", () => {
    expect(
      window("Approval Nov 07 Funding bid Dec 07 Project description Feb 08 Project Board April 08"),
    ).toEqual({
      start: "2007-11-01",
      due: "2008-04-30",
      open: false,
    });
  });

  it("marks ongoing and recurring work as open", () => {
    expect(window("2008-09 and ongoing")).toEqual({ start: "2008-04-01", open: true });
    expect(window("September 2008 & 1/4ly thereafter")).toEqual({
      start: "2008-09-01",
      open: true,
      recurs: { every: 3, unit: "month" },
    });
    expect(window("Year 1 and ongoing", "2008-09")).toEqual({ start: "2008-04-01", open: true });
  });

  it("counts a duration from the start of Year 1", () => {
    expect(window("2-3 years", "2008-09")).toEqual({ start: "2008-04-01", due: "2011-03-31", open: false });
  });

  it("gives no dates for wording it could not read", () => {
    expect(window("TBA")).toEqual({ open: false });
    expect(window("Discuss increasing home leave use")).toEqual({ open: false });
  });

  it("gives a quarter's last day as its due date, so late work is overdue (issue 10, input 1)", () => {
    const due = window("By end of Q3 2010-11");
    expect(due).toEqual({ due: "2010-12-31", open: false });
    const rating = deriveRag({ reported: "not-started", window: due, at: "2011-01-31" });
    expect([rating.rag, rating.status, rating.schedule]).toEqual(["red", "not-started", "past-due"]);
    expect(rating.because).toBe("Reported not started; the planned date, 31 December 2010, has passed.");
  });

  it("commits an event to no date", () => {
    expect(window("Monies provided January 2010")).toEqual({ open: false });
  });
});
