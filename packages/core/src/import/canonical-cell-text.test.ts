import {
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
  westDunbartonshireActionPlan2017_18,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { CjaKitError } from "../issue/cja-kit-error";
import type { ActionField } from "../plan/column";
import { planTable } from "../plan/plan-table";
import { type CanonicalCellRole, canonicalCellText } from "./canonical-cell-text";
import { outcomeCodesNeeded } from "./outcome-codes";

const plan = lothianBordersActionPlan2010_11;
const progress = lothianBordersProgressYear2;
const rows = planTable(plan, progress);
const field = (name: ActionField): CanonicalCellRole => ({
  kind: "field",
  column: { field: name, label: name },
});

describe("canonicalCellText", () => {
  it("writes an action's number and outcome wording on its first row only", () => {
    const second = rows.find((row) => row.rowIndex === 1);
    const first = rows.find((row) => row.action === second?.action && row.rowIndex === 0);
    expect(canonicalCellText(field("number"), { themes: [], table: first })).toBe(second?.action.number);
    expect(canonicalCellText(field("number"), { themes: [], table: second })).toBe("");
    expect(canonicalCellText(field("outcomeRefs"), { themes: [], table: second })).toBe("");
  });

  it("writes the canonical status id and leaves the status wording out where it is the narrative", () => {
    const table = rows.find((row) => row.entry !== undefined);
    const entry = table?.entry;
    expect(canonicalCellText(field("status"), { themes: [], table })).toBe(entry?.status.status);
    const wording = canonicalCellText({ kind: "progress", part: "statusWording" }, { themes: [], table });
    expect(["", entry?.status.raw]).toContain(wording);
    expect(canonicalCellText({ kind: "progress", part: "statusRule" }, { themes: [], table })).toBe(
      entry?.status.rule,
    );
  });

  it("gives a theme part of the line's theme at the role's level, and nothing below the deepest", () => {
    const theme = plan.themes[0];
    const line = { themes: theme === undefined ? [] : [theme] };
    expect(canonicalCellText({ kind: "theme", level: 1, part: "title" }, line)).toBe(theme?.title);
    expect(canonicalCellText({ kind: "theme", level: 2, part: "title" }, line)).toBe("");
    expect(canonicalCellText(field("lead"), line)).toBe("");
  });

  it("gives West Dunbartonshire's theme references as codes, which their wording does not say", () => {
    const theme = westDunbartonshireActionPlan2017_18.themes.find((t) => t.outcomeRefs !== undefined);
    const refs = theme?.outcomeRefs;
    if (theme === undefined || refs === undefined) throw new Error("expected a theme with references");
    const codes = canonicalCellText({ kind: "theme", level: 1, part: "outcomeCodes" }, { themes: [theme] });
    expect(codes).toBe(refs.refs.map((ref) => `${ref.framework}:${ref.code}`).join("; "));
    expect(outcomeCodesNeeded(refs, westDunbartonshireActionPlan2017_18.outcomeFramework ?? "nab-2008")).toBe(
      true,
    );
  });

  it("refuses a role or a line that is not an object", () => {
    for (const [role, line] of [
      [null, { themes: [] }],
      [{ kind: "theme", level: 1, part: "title" }, {}],
    ] as const)
      expect(() => canonicalCellText(role as never, line as never)).toThrow(CjaKitError);
  });
});

describe("outcomeCodesNeeded", () => {
  it("is false for references their wording says in the plan's framework (seed 001's \"(A1 & C3)\")", () => {
    const refs = {
      raw: "(A1 & C3)",
      refs: [
        { framework: "nab-2008", code: "A1" },
        { framework: "nab-2008", code: "C3" },
      ],
    };
    expect(outcomeCodesNeeded(refs, "nab-2008")).toBe(false);
    expect(outcomeCodesNeeded({ ...refs, refs: refs.refs.slice(0, 1) }, "nab-2008")).toBe(true);
  });
});
