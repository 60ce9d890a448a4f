import type { ReportSection } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { insertionPoint, insertSections } from "./inserted-sections";

const section = (number: string | undefined, role: ReportSection["role"], paragraphs: string[] = []) => ({
  ...(number === undefined ? {} : { number }),
  title: role,
  role,
  paragraphs: paragraphs.map((n) => ({ number: n, content: [] })),
});

describe("insertionPoint", () => {
  it("puts results after purpose, recommendations, background and body, before the implications", () => {
    const sections = [
      section("1", "purpose"),
      section("2", "recommendations"),
      section("3", "background"),
      section("4", "financial-implications"),
      section("5", "body"),
    ];
    expect(insertionPoint(sections)).toBe(3);
    expect(insertionPoint(sections.slice(0, 2))).toBe(2);
    expect(insertionPoint([])).toBe(0);
  });
});

describe("insertSections", () => {
  it("numbers inserted sections on and moves the later sections and their paragraphs up", () => {
    const sections = [
      section("1", "purpose", ["1.1"]),
      section("2", "recommendations", ["2.1"]),
      section("3", "financial-implications", ["3.1", "3.2"]),
      section("4", "consultation", ["1.2"]),
    ];
    const placed = insertSections(
      sections,
      sections.map((s) => s.number),
      2,
      3,
    );
    expect(placed.inserted).toEqual(["3", "4", "5"]);
    expect(placed.numbers).toEqual(["1", "2", "6", "7"]);
    expect(placed.sections[2]?.paragraphs.map((p) => p.number)).toEqual(["6.1", "6.2"]);
    // A paragraph numbered as another section's (seed 004's "1.2" under section 2) stays as written.
    expect(placed.sections[3]?.paragraphs.map((p) => p.number)).toEqual(["1.2"]);
    expect(placed.sections[0]).toBe(sections[0]);
  });

  it("keeps a full stop where the report writes one, and starts at 1 in a report with no sections", () => {
    expect(insertSections([section("1.", "purpose")], ["1."], 1, 2).inserted).toEqual(["2.", "3."]);
    expect(insertSections([], [], 0, 2).inserted).toEqual(["1", "2"]);
  });

  it("leaves a report numbered otherwise as it is, and the new sections unnumbered", () => {
    const sections = [section("A", "purpose"), section("B", "other-implications", ["B.1"])];
    const placed = insertSections(sections, ["A", "B"], 1, 2);
    expect(placed.inserted).toEqual([undefined, undefined]);
    expect(placed.numbers).toEqual(["A", "B"]);
    expect(placed.sections).toEqual(sections);
    expect(insertSections([section(undefined, "purpose")], [undefined], 1, 1).inserted).toEqual([undefined]);
  });
});
