import { describe, expect, it } from "vitest";
import { parseTimescale } from "../timescale/parse-timescale";
import type { Timescale } from "../timescale/timescale";
import { timescaleWindow } from "../timescale/timescale-window";
import { deriveRag } from "./derive-rag";
import { defaultRagRules } from "./rag-rules";
import { scheduleAt } from "./schedule";

const window = (raw: string) => timescaleWindow(parseTimescale(raw).value, { yearOne: "2008-09" });
const endOfQ2 = "2008-09-30";
const rate = { ...defaultRagRules, dateEvidence: "rate" as const };

// "Monies provided January 2010" (seed 001, action 2, first row) records an event; built by hand
// until the timescale parser gives the `event` kind.
const moniesProvided: Timescale = {
  raw: "Monies provided January 2010",
  segments: [
    {
      text: "Monies provided January 2010",
      when: { kind: "event", span: { start: "2010-01-01", end: "2010-01-31", precision: "month" } },
    },
  ],
};

describe("deriveRag: reported and derived kept apart", () => {
  it("keeps work reported on track green past its date and flags a check (the default)", () => {
    const result = deriveRag({ reported: "on-track", window: window("January 2010"), at: "2010-09-30" });
    expect(result).toMatchObject({
      rag: "green",
      status: "on-track",
      statusRag: "green",
      derivedRag: "amber",
      schedule: "past-due",
      due: "2010-01-31",
    });
    expect(result.because).toBe(
      "Reported on track, but the planned date, 31 January 2010, has passed: please confirm the date or report a revised one.",
    );
    expect(result.checks.map((c) => c.code)).toEqual(["date-passed"]);
  });

  it("lets the dates change the rating when the rules say so, and says so", () => {
    const result = deriveRag(
      { reported: "on-track", window: window("January 2010"), at: "2010-09-30" },
      rate,
    );
    expect(result).toMatchObject({ rag: "amber", status: "on-track", rule: "dates-passed" });
    expect(result.because).toBe(
      "Reported on track, but the planned date, 31 January 2010, has passed, so it is rated amber.",
    );
    expect(deriveRag({ reported: "at-risk", window: window("July 2008"), at: endOfQ2 }, rate).rag).toBe(
      "red",
    );
  });

  it("rates not started and past due red: report and dates agree", () => {
    expect(deriveRag({ reported: "not-started", window: window("July 2008"), at: endOfQ2 })).toMatchObject({
      rag: "red",
      status: "not-started",
      rule: "late",
      checks: [],
      because: "Reported not started; the planned date, 31 July 2008, has passed.",
    });
  });

  it("does not treat a timescale that records an event as a deadline", () => {
    const result = deriveRag({
      reported: "on-track",
      window: timescaleWindow(moniesProvided),
      events: [{ start: "2010-01-01", end: "2010-01-31", precision: "month" }],
      at: "2010-09-30",
    });
    expect(result).toMatchObject({ rag: "green", schedule: "event", checks: [] });
    expect(result.because).toBe(
      "Reported on track; the timescale records an event (January 2010), not a deadline.",
    );
  });

  it("moves the schedule to a revised timescale and names both dates", () => {
    const result = deriveRag({
      reported: "rescheduled",
      window: window("July 2010"),
      revised: window("March 2011"),
      at: "2010-09-30",
    });
    expect(result).toMatchObject({ rag: "green", schedule: "not-yet-due", due: "2011-03-31", checks: [] });
    expect(result.because).toBe(
      "Reported in progress (revised timescale); the timescale was revised to 31 March 2011 (originally 31 July 2010).",
    );
    const passed = deriveRag({
      reported: "ongoing",
      window: window("July 2010"),
      revised: window("August 2010"),
      at: "2010-09-30",
    });
    expect(passed.checks.map((c) => c.code)).toEqual(["revised-date-passed"]);
  });

  it("shows the return's own RAG as reported and flags a disagreement with its wording", () => {
    const result = deriveRag({
      reported: "at-risk",
      reportedRag: "green",
      window: window("March 2011"),
      at: "2010-09-30",
    });
    expect(result).toMatchObject({
      rag: "green",
      reportedRag: "green",
      statusRag: "amber",
      rule: "reported-rag",
    });
    expect(result.checks).toEqual([
      {
        code: "reported-rag-differs",
        because:
          "The return rates it green, but reports it at risk, which is rated amber: please confirm the rating.",
      },
    ]);
  });

  it("rates the outcome vocabulary: partly complete amber, not achieved red, outstanding by lateInProgress", () => {
    const at = "2010-09-30";
    const w = window("March 2011");
    expect(deriveRag({ reported: "part-complete", window: w, at }).rag).toBe("amber");
    expect(deriveRag({ reported: "not-achieved", window: w, at }).rag).toBe("red");
    expect(deriveRag({ reported: "overdue", window: w, at }).rag).toBe("amber");
    expect(
      deriveRag({ reported: "overdue", window: w, at }, { ...defaultRagRules, lateInProgress: "red" }).rag,
    ).toBe("red");
  });

  it("rates complete work green whatever its dates, and does not rate work dropped or not stated", () => {
    expect(deriveRag({ reported: "complete", window: window("July 2008"), at: "2009-06-30" })).toMatchObject({
      rag: "green",
      checks: [],
      because: "Reported complete.",
    });
    expect(
      deriveRag({ reported: "no-longer-required", window: window("July 2008"), at: endOfQ2 }).because,
    ).toBe("Reported no longer required, so it is not rated.");
    expect(deriveRag({ reported: "unknown", window: window("July 2008"), at: endOfQ2 })).toMatchObject({
      rag: "not-rated",
      because:
        "The progress reported does not say how the work stands, so it is not rated. The planned date, 31 July 2008, has passed.",
    });
  });

  it("rates not started amber when due within a week or after its start", () => {
    expect(deriveRag({ reported: "not-started", window: window("1/10/08"), at: endOfQ2 })).toMatchObject({
      rag: "amber",
      rule: "due-soon-not-started",
    });
    expect(deriveRag({ reported: "not-started", window: window("Year 1-3"), at: endOfQ2 }).because).toBe(
      "Reported not started; it was to start on 1 April 2008.",
    );
  });

  it("never calls ongoing or recurring work past due", () => {
    expect(
      deriveRag({ reported: "ongoing", window: window("Immediate & ongoing"), at: "2010-09-30" }),
    ).toMatchObject({
      rag: "green",
      schedule: "open",
      checks: [],
    });
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
    ).toMatchObject({
      rag,
      rule: "pacing",
    });
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
    expect(scheduleAt(timescaleWindow(moniesProvided), "2010-09-30", 7, true)).toBe("event");
  });
});
