import { describe, expect, it } from "vitest";
import { parseOutcomeRefs } from "./parse-outcome-refs";

const codes = (raw: string, framework?: string) =>
  parseOutcomeRefs(raw, framework === undefined ? {} : { framework })
    .value.refs.map((ref) => ref.code)
    .join(" ");
const issueCodes = (raw: string) => parseOutcomeRefs(raw).issues.map((issue) => issue.code);

describe("parseOutcomeRefs", () => {
  it.each([
    ["(A1-A5; B1-B5; C2-C4)", "A1 A2 A3 A4 A5 B1 B2 B3 B4 B5 C2 C3 C4"],
    ["(A2,A3; B1-B5; C1,C2)", "A2 A3 B1 B2 B3 B4 B5 C1 C2"],
    ["(C1 -C4)", "C1 C2 C3 C4"],
    ["(A1 &amp; C3)", "A1 C3"],
    ["(A1 & C3)", "A1 C3"],
    ["(A2-A5 ; C2)", "A2 A3 A4 A5 C2"],
    ["(A4, C1, C2)", "A4 C1 C2"],
    ["(A1-5; B1-5; C2-4)", "A1 A2 A3 A4 A5 B1 B2 B3 B4 B5 C2 C3 C4"],
    ["(A1-A5 ; B1-B5 C1,C2)", "A1 A2 A3 A4 A5 B1 B2 B3 B4 B5 C1 C2"],
    ["(A3, A4, B5, C4)", "A3 A4 B5 C4"],
    ["(B3-B4; C1,C2)", "B3 B4 C1 C2"],
    ["(A1, A2, A4, A5, B5, C1,C4)", "A1 A2 A4 A5 B5 C1 C4"],
    ["(B1-B5)", "B1 B2 B3 B4 B5"],
  ])("reads seed 002's %s", (raw, expected) => {
    expect(codes(raw)).toBe(expected);
    expect(parseOutcomeRefs(raw).issues).toEqual([]);
  });

  it("qualifies every reference by its framework", () => {
    expect(parseOutcomeRefs("(A1 & C3)").value).toEqual({
      raw: "(A1 & C3)",
      refs: [
        { framework: "nab-2008", code: "A1" },
        { framework: "nab-2008", code: "C3" },
      ],
    });
    expect(parseOutcomeRefs("C1, O2", { framework: "nsmo-2006" }).value.refs).toEqual([
      { framework: "nsmo-2006", code: "C1" },
      { framework: "nsmo-2006", code: "O2" },
    ]);
  });

  it("reads seed 001's National Outcome headings against the Scottish Government's outcomes", () => {
    expect(parseOutcomeRefs("National Outcome 9").value.refs).toEqual([
      { framework: "sg-national-outcomes-2007", code: "9" },
    ]);
    expect(codes("National Outcomes 9, 11 and 15")).toBe("9 11 15");
  });

  it("expands a bare group letter with a warning (seed 002 5.1.2: (A2,A3,A5; C))", () => {
    const parsed = parseOutcomeRefs("(A2,A3,A5; C)");
    expect(parsed.value.refs.map((ref) => ref.code)).toEqual(["A2", "A3", "A5", "C1", "C2", "C3", "C4"]);
    expect(parsed.issues).toMatchObject([{ code: "outcome-ref/bare-group", severity: "warning" }]);
  });

  it("reads a range past its group's end up to the last outcome, with a warning (seed 002 2.4.6: C1-C5)", () => {
    const parsed = parseOutcomeRefs("(A1-A5 ; B1-B5; C1-C5)");
    expect(parsed.value.refs.filter((ref) => ref.code.startsWith("C")).map((ref) => ref.code)).toEqual([
      "C1",
      "C2",
      "C3",
      "C4",
    ]);
    expect(parsed.issues).toMatchObject([{ code: "outcome-ref/range-past-group-end", severity: "warning" }]);
  });

  it.each([
    ["(A6)", "outcome-ref/unknown-code"],
    ["(D1-D3)", "outcome-ref/unknown-code"],
    ["(A5-A1)", "outcome-ref/reversed-range"],
    ["(A4-B2)", "outcome-ref/range-across-groups"],
    ["(A1; see above)", "outcome-ref/unreadable"],
  ])("reports %s as an error", (raw, code) => {
    const parsed = parseOutcomeRefs(raw);
    expect(parsed.issues.map((issue) => issue.code)).toContain(code);
    expect(parsed.issues.find((issue) => issue.code === code)?.severity).toBe("error");
    expect(parsed.value.raw).toBe(raw);
  });

  it("reports an unregistered framework", () => {
    expect(issueCodes.length).toBe(1);
    expect(parseOutcomeRefs("A1", { framework: "no-such" }).issues).toMatchObject([
      { code: "outcome-ref/unknown-framework", severity: "error" },
    ]);
  });

  it("keeps empty wording as no references", () => {
    expect(parseOutcomeRefs("")).toEqual({ value: { raw: "", refs: [] }, issues: [] });
  });

  it("names each reference once", () => {
    expect(codes("(A1-A3; A2)")).toBe("A1 A2 A3");
  });
});

const read = (raw: string, framework?: string) => {
  const parsed = parseOutcomeRefs(raw, framework === undefined ? {} : { framework });
  return {
    refs: parsed.value.refs.map((ref) => `${ref.framework}:${ref.code}`),
    issues: parsed.issues.map((issue) => `${issue.code}:${issue.severity}`),
  };
};

describe("parseOutcomeRefs against the plan's framework (issue 10, input 9)", () => {
  it.each([
    ["National Outcome 1", "cj-opi-2016", ["cj-opi-2016:1"]],
    ["National Outcome 1", "cjpf-2023", ["cjpf-2023:1"]],
    ["Outcome 1", "cjpf-2023", ["cjpf-2023:1"]],
    ["NO1", "cjpf-2023", ["cjpf-2023:1"]],
    ["NO 4", "cj-opi-2016", ["cj-opi-2016:4"]],
    ["Outcomes 2 and 4", "cj-opi-2016", ["cj-opi-2016:2", "cj-opi-2016:4"]],
    [
      "Outcome 3 - More people are assessed for and successfully complete bail supervision",
      "cjpf-2023",
      ["cjpf-2023:3"],
    ],
  ])("reads %s in %s with no issue", (raw, framework, refs) => {
    expect(read(raw, framework)).toEqual({ refs, issues: [] });
  });

  it("reads another framework only where the wording names it", () => {
    expect(read("SG National Outcome 9", "cjpf-2023")).toEqual({
      refs: ["sg-national-outcomes-2007:9"],
      issues: [],
    });
    expect(read("National Outcome 9", "nab-2008")).toEqual({
      refs: ["sg-national-outcomes-2007:9"],
      issues: ["outcome-ref/other-framework:info"],
    });
  });

  it("checks the wording after a code against the outcome, as one piece, not word by word", () => {
    expect(read("Outcome 1: Improve public understanding of community justice", "cj-opi-2016")).toEqual({
      refs: ["cj-opi-2016:1"],
      issues: ["outcome-ref/wording-differs:warning"],
    });
    expect(
      read(
        "Outcome 1: Communities improve their understanding and participation in community justice",
        "cj-opi-2016",
      ),
    ).toEqual({ refs: ["cj-opi-2016:1"], issues: [] });
  });

  it("keeps Section 4 of the National Strategy as a reference to a section, not outcome 4", () => {
    expect(read("Section 4", "cj-opi-2016")).toEqual({
      refs: [],
      issues: ["outcome-ref/strategy-reference:info"],
    });
    expect(read("National Community Justice Strategy Section 4", "cj-opi-2016")).toEqual({
      refs: [],
      issues: ["outcome-ref/strategy-reference:info"],
    });
    expect(read("Priority Action 3", "cjpf-2023").refs).toEqual([]);
  });

  it("reports Outcome 1 in a framework with lettered codes as an unknown code, not a word", () => {
    expect(read("Outcome 1", "nab-2008")).toEqual({ refs: [], issues: ["outcome-ref/unknown-code:error"] });
  });

  it("answers text that is not a string with an issue", () => {
    expect(read(null as unknown as string).issues).toEqual(["usage/invalid-argument:error"]);
  });
});
