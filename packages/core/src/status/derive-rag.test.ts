import { describe, expect, it } from "vitest";
import { parseTimescale } from "../timescale/parse-timescale";
import { timescaleWindow } from "../timescale/timescale-window";
import { deriveRag } from "./derive-rag";
import { defaultRagRules } from "./rag-rules";
import { scheduleAt } from "./schedule";

const window = (raw: string) => timescaleWindow(parseTimescale(raw).value, { yearOne: "2008-09" });
const endOfQ2 = "2008-09-30";

describe("deriveRag (date-based)", () => {
  it("rates an action due July 2008 and not started at the end of Q2 2008-09 red and overdue", () => {
    expect(deriveRag({ reported: "not-started", window: window("July 2008"), at: endOfQ2 })).toEqual({
      rag: "red",
      status: "overdue",
      schedule: "past-due",
      rule: "late",
      because: "Reported not started; due 31 July 2008, which has passed.",
    });
  });

  it("rates work reported on track after its due date by the lateInProgress setting", () => {
    expect(deriveRag({ reported: "on-track", window: window("July 2008"), at: endOfQ2 })).toMatchObject({
      rag: "amber",
      status: "overdue",
      rule: "late-in-progress",
    });
    expect(
      deriveRag(
        { reported: "on-track", window: window("July 2008"), at: endOfQ2 },
        { ...defaultRagRules, lateInProgress: "red" },
      ).rag,
    ).toBe("red");
  });

  it("rates complete work green whatever its dates", () => {
    expect(
      deriveRag({
        reported: "complete",
        window: window("September 2008 & 1/4ly thereafter"),
        at: "2009-06-30",
      }),
    ).toMatchObject({ rag: "green", status: "complete" });
  });

  it("does not rate work no longer required, or wording no rule recognised", () => {
    expect(deriveRag({ reported: "no-longer-required", window: window("July 2008"), at: endOfQ2 }).rag).toBe(
      "not-rated",
    );
    const unknown = deriveRag({ reported: "unknown", window: window("July 2008"), at: endOfQ2 });
    expect(unknown).toMatchObject({ rag: "not-rated", status: "unknown", schedule: "past-due" });
    expect(unknown.because).toContain("31 July 2008, has passed");
  });

  it("rates work at risk amber, and work due within a week and not started amber", () => {
    expect(deriveRag({ reported: "at-risk", window: window("2008-11"), at: endOfQ2 })).toMatchObject({
      rag: "amber",
      rule: "at-risk",
    });
    expect(deriveRag({ reported: "not-started", window: window("1/10/08"), at: endOfQ2 })).toMatchObject({
      rag: "amber",
      rule: "due-soon-not-started",
    });
  });

  it("rates work not started after its start date amber (started late, finish still ahead)", () => {
    expect(deriveRag({ reported: "not-started", window: window("Year 1-3"), at: endOfQ2 })).toMatchObject({
      rag: "amber",
      rule: "late-start",
    });
  });

  it("never calls ongoing or recurring work past due", () => {
    expect(
      deriveRag({ reported: "ongoing", window: window("Immediate & ongoing"), at: "2010-09-30" }),
    ).toMatchObject({ rag: "green", schedule: "open" });
    expect(
      deriveRag({
        reported: "on-track",
        window: window("September 2008 & 1/4ly thereafter"),
        at: "2009-09-30",
      }),
    ).toMatchObject({ rag: "green", schedule: "open" });
  });
});

describe("deriveRag (pacing)", () => {
  const pacing = { ...defaultRagRules, method: "pacing" as const, green: 90, red: 70 };
  const year = { start: "2010-04-01", due: "2011-03-31", open: false };

  it.each([
    [50, "green"],
    [40, "amber"],
    [30, "red"],
  ] as const)("rates %i%% done at the half year %s", (percentComplete, rag) => {
    expect(
      deriveRag({ reported: "on-track", window: year, at: "2010-09-30", percentComplete }, pacing),
    ).toMatchObject({ rag, rule: "pacing" });
  });

  it("falls back to the dates where no percentage is reported", () => {
    expect(deriveRag({ reported: "on-track", window: year, at: "2010-09-30" }, pacing).rule).toBe(
      "on-schedule",
    );
  });
});

describe("scheduleAt", () => {
  it("says what the dates alone say", () => {
    expect(scheduleAt(window("July 2008"), endOfQ2, 7)).toBe("past-due");
    expect(scheduleAt(window("1/10/08"), endOfQ2, 7)).toBe("due-soon");
    expect(scheduleAt(window("March 2009"), endOfQ2, 7)).toBe("not-yet-due");
    expect(scheduleAt(window("From 2009"), endOfQ2, 7)).toBe("not-yet-due");
    expect(scheduleAt(window("Ongoing"), endOfQ2, 7)).toBe("open");
    expect(scheduleAt(window("TBA"), endOfQ2, 7)).toBe("no-date");
  });
});
