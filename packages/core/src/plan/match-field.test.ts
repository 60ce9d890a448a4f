import { describe, expect, it } from "vitest";
import { headingKey, matchField } from "./match-field";

describe("headingKey", () => {
  it.each([
    ["Lead Officer(s)", "leadofficer"],
    ["LEAD OFFICERS", "leadofficer"],
    ["% complete", "percentcomplete"],
    ["Lead Org's", "leadorg"],
    ["Status", "status"],
    ["Progress", "progress"],
    ["Activities", "activity"],
    ["Community Health & Care", "communityhealthandcare"],
  ])("reduces %j to %j", (heading, key) => {
    expect(headingKey(heading)).toBe(key);
  });

  it("makes singular and plural, case and (s) the same heading", () => {
    expect(matchField("Actions")).toBe(matchField("Action"));
    expect(matchField("deliverables")).toBe("title");
    expect(matchField("Timescale(s)")).toBe("timescale");
  });
});
