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
