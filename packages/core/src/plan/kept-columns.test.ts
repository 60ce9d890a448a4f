import { describe, expect, it } from "vitest";
import { CjaKitError } from "../issue/cja-kit-error";
import type { ProgressReturn } from "../progress/progress-return";
import type { Column } from "./column";
import { keptColumns } from "./kept-columns";
import type { Plan } from "./plan";
import { planLines } from "./plan-lines";

// Flags and extra cells as a plan read from a council's table keeps them: the flag of an action
// carried into the next plan, and columns no field is known by (Lanarkshire's "Partners involved").
const columns: Column[] = [
  { field: "number", label: "No." },
  { field: "extra", key: "Partners involved", label: "Partners involved" },
];
const plan: Pick<Plan, "themes" | "columns"> = {
  columns,
  themes: [
    {
      title: "Reduce reoffending",
      actions: [
        {
          number: "1",
          rows: [{ flags: { "area-plan-2011-14": { raw: "Yes", value: true } }, extra: { Cohort: "Women" } }],
        },
        {
          number: "2",
          rows: [
            { extra: { "Partners involved": "NHS Lanarkshire", Cohort: "Young people" } },
            { flags: { carried: { raw: "Y", value: true } } },
          ],
        },
      ],
    },
  ],
};
const status = { raw: "On target", status: "on-track", rule: "on-track" } as const;
const progress: Pick<ProgressReturn, "entries"> = {
  entries: [
    { action: "1", progress: [], status, extra: { Opened: "2010-04" } },
    { action: "2", progress: [], status, extra: { Opened: "2010-06", Closed: "2011-01" } },
  ],
};

describe("keptColumns", () => {
  const lines = planLines(plan);

  it("gives a column for each flag and extra cell, in the order first met, labelled as the plan labels it", () => {
    const kept = keptColumns(plan, lines);
    expect(kept.flags).toEqual([
      { field: "flag", key: "area-plan-2011-14", label: "Flag: area-plan-2011-14" },
      { field: "flag", key: "carried", label: "Flag: carried" },
    ]);
    expect(kept.extras).toEqual([
      { field: "extra", key: "Cohort", label: "Cohort" },
      { field: "extra", key: "Partners involved", label: "Partners involved" },
    ]);
    expect(kept.progressExtras).toEqual([]);
  });

  it("leaves out the columns shown already", () => {
    const shown: Column[] = [
      columns[1] as Column,
      { field: "flag", key: "carried", label: "Carried forward" },
    ];
    const kept = keptColumns(plan, lines, shown);
    expect(kept.flags.map((c) => c.key)).toEqual(["area-plan-2011-14"]);
    expect(kept.extras.map((c) => c.key)).toEqual(["Cohort"]);
  });

  it("gives the keys of the cells the return's entries keep, once each", () => {
    expect(keptColumns(plan, lines, [], progress).progressExtras).toEqual(["Opened", "Closed"]);
  });

  it("refuses lines that are not lines", () => {
    expect(() => keptColumns(plan, 5 as never)).toThrow(CjaKitError);
  });
});
