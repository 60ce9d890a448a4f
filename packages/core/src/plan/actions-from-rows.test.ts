import { describe, expect, it } from "vitest";
import type { Content } from "../content/content";
import { parseMoney } from "../money/parse-money";
import { parseTimescale } from "../timescale/parse-timescale";
import { actionsFromRows, type TableRowInput } from "./actions-from-rows";

const c = (...texts: string[]): Content => texts.map((text) => ({ kind: "paragraph", text }));

// Seed 002 2.6.1 and 2.3.1, each split by a page break into "N" and "N cont./".
const rows: TableRowInput[] = [
  {
    number: "2.3.1",
    action: {
      title: c(
        "Review existing housing advice services to develop a consistent and comprehensive approach to improve access to prisoners in prison and on release.",
      ),
    },
    row: {
      detail: c(
        "Provide the knowledge of what an individual needs to do across the whole range of tenancy options.",
      ),
    },
  },
  {
    number: "2.3.1 cont./",
    action: {
      title: c(
        "Review & inform as to who can provide the different levels of Advice from signposting through to advocacy.",
      ),
    },
    row: {
      detail: [
        { kind: "paragraph", text: "Establish a process where advice is available at all stages from" },
        { kind: "list", marker: "none", items: ["1. Arrest Referral"] },
      ],
    },
  },
  {
    number: "2.6.1",
    action: {
      title: c("Support to Families affected by imprisonment for their own needs and in their own right"),
    },
    row: {
      detail: c(
        "Develop and implement an effective information strategy based on the requirement for each element of the criminal justice system to assess the impact of their role and interaction with the offender -",
      ),
      resources: parseMoney("£15,000").value,
    },
  },
  {
    number: "2.6.1 cont./",
    action: {},
    row: {
      detail: c(
        "on the offenders family and consequently proactively identify and provide accessible information for families",
      ),
      resources: parseMoney("£25k from EVOC").value,
    },
  },
  // Seed 002 2.4.1: one number heading three rows.
  { number: "2.4.1", action: {}, row: { timescale: parseTimescale("2009-2011").value } },
  { number: "", action: {}, row: { timescale: parseTimescale("2010/11").value } },
  {
    number: "",
    action: {},
    row: {
      timescale: parseTimescale("2008-11 With annual reporting on progress").value,
      resources: parseMoney("Existing Resources").value,
    },
  },
];

describe("actionsFromRows", () => {
  const { value, issues } = actionsFromRows(rows);
  const actions = value.actions;

  it("merges a cont./ row into the row it continues, rejoining the sentence the page break cut", () => {
    expect(actions.map((a) => a.number)).toEqual(["2.3.1", "2.6.1", "2.4.1"]);
    expect(actions[1]?.rows).toHaveLength(1);
    expect(actions[1]?.rows[0]?.detail).toEqual(
      c(
        "Develop and implement an effective information strategy based on the requirement for each element of the criminal justice system to assess the impact of their role and interaction with the offender - on the offenders family and consequently proactively identify and provide accessible information for families",
      ),
    );
    expect(issues).toEqual([]);
  });

  it("adds a continued cell's paragraphs and lists after the first part's, and the key measure's too", () => {
    expect(actions[0]?.title?.map((block) => block.kind === "paragraph" && block.text)).toEqual([
      "Review existing housing advice services to develop a consistent and comprehensive approach to improve access to prisoners in prison and on release.",
      "Review & inform as to who can provide the different levels of Advice from signposting through to advocacy.",
    ]);
    expect(actions[0]?.rows[0]?.detail?.map((block) => block.kind)).toEqual([
      "paragraph",
      "paragraph",
      "list",
    ]);
  });

  it("keeps rows with a blank number as further rows of the action above", () => {
    expect(actions[2]?.rows.map((row) => row.timescale?.raw)).toEqual([
      "2009-2011",
      "2010/11",
      "2008-11 With annual reporting on progress",
    ]);
  });

  it("adds continued resources line by line, re-parsed", () => {
    expect(actions[1]?.rows[0]?.resources?.raw).toBe("£15,000\n£25k from EVOC");
    expect(actions[1]?.rows[0]?.resources?.amounts.map((a) => a.pence)).toEqual([1_500_000, 2_500_000]);
  });

  it("keeps a continuation or blank row with nothing before it, with a warning", () => {
    const { value, issues: found } = actionsFromRows([
      { number: "", action: {}, row: {}, line: 2 },
      { number: "3.1.1 cont./", action: {}, row: {}, line: 3 },
    ]);
    expect(value.actions.map((a) => a.number)).toEqual(["1", "3.1.1 cont./"]);
    expect(found.map((issue) => [issue.code, issue.row])).toEqual([
      ["plan/orphan-row", 2],
      ["plan/orphan-row", 3],
      ["plan/numbers-assigned", 2],
    ]);
  });

  it("starts an action at a row with no number and wording of its own, numbered by position (a list with no numbers)", () => {
    const title = (text: string) => ({ title: c(text) });
    const { value, issues: found } = actionsFromRows(
      [
        { number: "", action: title("Establish community justice consultation areas"), row: {}, line: 3 },
        { number: "", action: title("Develop and agree local indicators"), row: {}, line: 4 },
        { number: "", action: {}, row: { detail: c("A further row of the second") }, line: 5 },
      ],
      { firstPosition: 4, taken: new Set(["5"]) },
    );
    expect(value.actions.map((a) => [a.number, a.rows.length])).toEqual([
      ["4", 1],
      ["5a", 2],
    ]);
    expect(value.assigned).toEqual([
      { row: 3, number: "4" },
      { row: 4, number: "5a" },
    ]);
    expect(found.map((issue) => [issue.code, issue.severity])).toEqual([["plan/numbers-assigned", "info"]]);
  });

  it("joins the cells of a cont./ row instead of overwriting them, and reports a conflict it cannot join", () => {
    const { value, issues: found } = actionsFromRows([
      {
        number: "1",
        action: {},
        row: { extra: { Notes: "first" } },
        progress: { percentComplete: 40 },
        line: 2,
      },
      {
        number: "1 cont./",
        action: {},
        row: { extra: { Notes: "second" } },
        progress: { percentComplete: 60 },
        line: 3,
      },
    ]);
    expect(value.actions[0]?.rows[0]?.extra).toEqual({ Notes: "first\nsecond" });
    expect(value.progress[0]?.percentComplete).toBe(40);
    expect(found).toMatchObject([{ code: "plan/continued-cell-conflict", row: 3, actual: "60" }]);
  });

  it("places progress cells on the row they end up in, merging cont./ rows (seed 002 2.1.3)", () => {
    const { value: read } = actionsFromRows([
      {
        number: "2.1.3",
        action: {},
        row: {},
        progress: {
          progress: c(
            "A preliminary literature review on the applicability of alcohol brief interventions for CJA clients has been",
          ),
        },
      },
      {
        number: "2.1.3 cont./",
        action: {},
        row: {},
        progress: {
          progress: c(
            "completed. This is being augmented by a review on residential and peer supported Detox services (e.g. LEAP).",
          ),
        },
      },
      { number: "", action: {}, row: {} },
      {
        number: "",
        action: {},
        row: {},
        progress: { nextSteps: c("Victim Group to implement new actions") },
      },
    ]);
    expect(read.progress).toEqual([
      {
        action: "2.1.3",
        row: 0,
        progress: c(
          "A preliminary literature review on the applicability of alcohol brief interventions for CJA clients has been completed. This is being augmented by a review on residential and peer supported Detox services (e.g. LEAP).",
        ),
      },
      { action: "2.1.3", row: 2, nextSteps: c("Victim Group to implement new actions") },
    ]);
  });

  it("does not change its input", () => {
    const copy = structuredClone(rows);
    actionsFromRows(copy);
    expect(copy).toEqual(rows);
  });
});
