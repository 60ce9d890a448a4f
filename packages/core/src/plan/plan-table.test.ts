import { describe, expect, it } from "vitest";
import { extractPlan, extractProgress } from "../../test/extract";
import { contentText } from "../content/content-text";
import { parseTimescaleCell } from "../timescale/parse-timescale-cell";
import { cellContent, measureHeading } from "./cell-content";
import type { Column } from "./column";
import { fieldAliases } from "./field-aliases";
import { labelKey, matchField } from "./match-field";
import { planLayouts } from "./plan-layouts";
import { planTable } from "./plan-table";

const table = planTable(extractPlan, extractProgress);
const text = (column: Column, index: number) => {
  const row = table[index];
  return row === undefined ? undefined : contentText(cellContent(column, row));
};

describe("planTable", () => {
  it("lists every row of every action in document order", () => {
    expect(table.map((row) => `${row.action.number}/${row.rowIndex}`)).toEqual([
      "2.3.2/0",
      "2.4.2./0",
      "2.4.2./1",
      "2.4.2./2",
      "3.1.3/0",
      "3.1.4/0",
      "6.2/0",
    ]);
    expect(table[1]?.themes.map((theme) => theme.number ?? theme.title)).toEqual([
      "STRATEGIC, SERVICE AND OFFENDER OUTCOME GROUPS",
      "2.4",
    ]);
  });

  it("joins each progress entry to its row", () => {
    expect(table.map((row) => row.entry?.status.status ?? "-")).toEqual([
      "at-risk",
      "ongoing",
      "ongoing",
      "-",
      "not-started",
      "-",
      "ongoing",
    ]);
  });

  it("carries the column labels in force", () => {
    expect(table[0]?.columns).toBe(extractPlan.columns);
  });
});

describe("cellContent", () => {
  it("puts the action's own fields on its first row only", () => {
    const measure: Column = { field: "measure", label: "Key Measure" };
    expect(text(measure, 1)).toBe(
      "2.4.2. (A1 & C3)\nEffectively manage sexual and violent offenders through the MAPPA process",
    );
    expect(text(measure, 2)).toBe("");
    expect(text({ field: "timescale", label: "Timescale" }, 2)).toBe("July 08");
  });

  it("shows flags by key, progress with its council parts, and resources line by line", () => {
    expect(text({ field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" }, 6)).toBe("YES");
    expect(text({ field: "progress", label: "Year 2 Progress/ Amendments" }, 0)).toBe(
      "This work stream has not progressed as designed",
    );
    expect(text({ field: "resources", label: "Re-sources" }, 5)).toBe(
      "Total 2 year project funding £102,000:  The Robertson Trust: £30,000 SPS £30,000 Scottish Government: £12,000 VOs £30,000",
    );
    expect(text({ field: "nextSteps", label: "New Outcome Year 3" }, 5)).toBe("");
  });

  it("heads a key measure with its number and references", () => {
    expect(measureHeading({ action: { number: "3.1.3", rows: [{}] } })).toBe("3.1.3");
  });
});

describe("matchField and the layouts", () => {
  it.each([
    ["Work Group/ Chair", "lead"],
    ["WORK GROUP / CHAIR", "lead"],
    ["Lead responsibility", "lead"],
    ["Lead Officer", "lead"],
    ["When will it be done by?", "timescale"],
    ["Due date", "timescale"],
    ["Time-scale", "timescale"],
    ["Re-sources", "resources"],
    ["Year2 Progress/ Amendments", "progress"],
    ["Frequency /source", "frequency"],
    ["Key actions", "detail"],
  ])("reads the heading %j as %s", (label, field) => {
    expect(matchField(label)).toBe(field);
  });

  it("knows no field for other headings", () => {
    expect(matchField("Comments")).toBeUndefined();
    expect(labelKey("Community Health & Care")).toBe("communityhealthandcare");
  });

  it("matches every label of every seed layout", () => {
    for (const layout of Object.values(planLayouts)) {
      for (const column of layout.columns) {
        if (column.field !== "flag") expect(matchField(column.label), column.label).toBe(column.field);
      }
    }
  });

  it("gives no two fields the same alias", () => {
    const owners = new Map<string, Set<string>>();
    for (const [field, labels] of Object.entries(fieldAliases)) {
      for (const key of [field, ...labels].map(labelKey))
        owners.set(key, new Set([...(owners.get(key) ?? []), field]));
    }
    expect([...owners.entries()].filter(([, fields]) => fields.size > 1)).toEqual([]);
  });
});

describe("cellContent of a marked timescale", () => {
  it("gives each line as a paragraph with the timescale's marks, empty lines left out", () => {
    const row = table[0];
    if (row === undefined) throw new Error("no row");
    // Seed 002 (Lothian & Borders CJA Action Plan 2010-11): "<u>Year 1</u> Complete data review".
    const timescale = parseTimescaleCell(
      "__Year 1__ Complete data review\n\nSet target numbers by end of year 2",
    ).value;
    const shown = { ...row, row: { ...row.row, timescale } };
    expect(cellContent({ field: "timescale", label: "Timescale" }, shown)).toEqual([
      {
        kind: "paragraph",
        text: "Year 1 Complete data review",
        runs: [{ text: "Year 1", underline: true }, { text: " Complete data review" }],
      },
      { kind: "paragraph", text: "Set target numbers by end of year 2" },
    ]);
  });
});
