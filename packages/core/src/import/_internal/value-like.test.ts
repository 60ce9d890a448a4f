import { describe, expect, it } from "vitest";
import { isValueLike } from "./value-like";

describe("isValueLike", () => {
  // Seed wording: 001 (Lanarkshire CJA Quarter 2 progress, 2010), 002 (Lothian & Borders CJA
  // Action Plan 2010-11), 003 (Lanarkshire CJA Draft Implementation Plan 2008-09).
  it.each([
    "COMPLETE",
    "Complete",
    "On target",
    "Not commenced",
    "Amber",
    "40%",
    "£15,000",
    "YES",
    "2.4.1",
    "July 2008",
    "30/09/2010",
    "2008-09 and ongoing",
  ])("reads %j as a value a column holds", (text) => {
    expect(isValueLike(text)).toBe(true);
  });

  it.each([
    "Milestones",
    "When will it be done by?",
    "Lead responsibility",
    "Key Measure",
    "Specific Operational Detail",
    "Work Group/ Chair",
    "Progress",
  ])("reads the heading %j as no value", (text) => {
    expect(isValueLike(text)).toBe(false);
  });
});
