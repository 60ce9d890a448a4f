import { readFileSync } from "node:fs";
import { findAuthority, parseContent, planFromRecords, type SourceItem } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { readPlanXlsx } from "../src/read/read-plan-xlsx";
import { sheetRecords } from "../src/read/sheet-records";

// An officer's tracker with rich text in its cells (some words bold, underlined, italic,
// superscript, struck through, coloured), made by test/fixtures/officer/make_rich_text_workbook.py
// from the Scottish Government's National Strategy for Community Justice delivery plan (Open
// Government Licence v3.0) and Lothian & Borders CJA's action plan (sources in its README.md).

const fixture = (name: string) => readFileSync(new URL(`./fixtures/officer/${name}.xlsx`, import.meta.url));

const authority = () => {
  const found = findAuthority("West Dunbartonshire");
  if (!found.ok) throw new Error("no authority");
  return found.value;
};
const plan = {
  kind: "action-plan" as const,
  authority: authority(),
  period: { from: "2023-24", to: "2025-26" },
};

/** The same cells as the canonical CSV (and the xlsx writer) would hold them: core's notation. */
const NOTATION: Record<string, string> = {
  "5:1":
    "Implement/Embed the **Community Justice Performance Framework**, the Improvement Tool and the updated self-evaluation model for community justice",
  "5:4":
    "**Lead partner** - Care Inspectorate, Scottish Government and Community Justice Scotland\n**In collaboration with** – statutory community justice partners and third sector",
  "5:5":
    "Guidance due in the spring The revised framework was published on 31^st^ March 2023; see CJPF\\_Technical\\_Document.pdf\\*\\*",
  "6:2":
    "__Year 1__ Complete data review\n__Year 2__ Establish processes with NHS\nSet target numbers by end of year 2",
  "6:3": "__Year 1__ 2008-09",
  "7:2": "Strategic development of this measure in __Year 1__",
  "7:5":
    "This will be linked to the Scottish Government's consultation paper: _Changing Scotland's relationship with alcohol_",
};

/** The workbook's records as a CSV of the same wording gives them: notation in the cells, no runs. */
const asNotation = (items: readonly SourceItem[]): SourceItem[] =>
  items.flatMap((item) => {
    if ("issue" in item) return [];
    const { runs: _runs, ...record } = item;
    return [{ ...record, cells: record.cells.map((cell, i) => NOTATION[`${record.row}:${i}`] ?? cell) }];
  });

describe.each(["rich-text-delivery-plan", "rich-text-delivery-plan.calc"])("rich text in %s", (name) => {
  const bytes = fixture(name);
  const items = sheetRecords(bytes);
  const read = readPlanXlsx(bytes, { plan });
  const actions = read.ok ? read.value.plan.themes.flatMap((theme) => theme.actions ?? []) : [];
  const action = (number: string) => actions.find((a) => a.number === number);

  it("gives each rich cell's runs with their marks, joined giving the cell's text", () => {
    const records = items.flatMap((item) => ("issue" in item ? [] : [item]));
    for (const record of records)
      record.runs?.forEach((runs, i) => {
        if (runs !== undefined) expect(runs.map((run) => run.text).join("")).toBe(record.cells[i]);
      });
    const row6 = records.find((record) => record.row === 6);
    expect(row6?.runs?.[3]).toEqual([{ text: "Year 1", underline: true }, { text: " 2008-09" }]);
  });

  it("reads the plan as the same content a CSV of the same wording in core's notation gives", () => {
    const csv = planFromRecords(asNotation(items), { plan });
    expect(read.ok).toBe(true);
    expect(csv.ok).toBe(true);
    if (!read.ok || !csv.ok) return;
    expect(read.value.plan.themes).toEqual(csv.value.plan.themes);
    expect(read.report.cells).toEqual(csv.report.cells);
  });

  it("keeps bold, underlined, superscript and italic words as marked runs", () => {
    expect(action("34")?.title).toEqual(parseContent(NOTATION["5:1"] as string));
    expect(action("34")?.title?.[0]).toMatchObject({
      runs: [
        { text: "Implement/Embed the " },
        { text: "Community Justice Performance Framework", bold: true },
        { text: ", the Improvement Tool and the updated self-evaluation model for community justice" },
      ],
    });
    expect(action("2.1.1")?.rows[0]?.milestones?.[0]).toMatchObject({
      runs: [{ text: "Year 1", underline: true }, { text: " Complete data review" }],
    });
    expect(action("2.1.1")?.rows[0]?.timescale?.runs).toEqual([
      [{ text: "Year 1", underline: true }, { text: " 2008-09" }],
    ]);
    expect(action("2.1.3")?.rows[0]?.detail?.[0]).toMatchObject({
      runs: [
        { text: "This will be linked to the Scottish Government's consultation paper: " },
        { text: "Changing Scotland's relationship with alcohol", italic: true },
      ],
    });
  });

  it("reads a rich cell's own * and _ as text, never as marks", () => {
    const progress = action("34")?.rows[0]?.detail?.[0];
    expect(progress).toMatchObject({
      text: "Guidance due in the spring The revised framework was published on 31st March 2023; see CJPF_Technical_Document.pdf**",
    });
    expect(progress?.kind === "paragraph" ? progress.runs?.filter((run) => run.superscript) : []).toEqual([
      { text: "st", superscript: true },
    ]);
  });

  it("reads a run coloured red as plain words, and the bold heading of a theme as its plain wording", () => {
    expect(action("2.1.1")?.title).toEqual([
      { kind: "paragraph", text: "Increase the accessibility of GP Services to all CJA clients" },
    ]);
    expect(read.ok && read.value.plan.themes[0]?.title).toBe(
      "Priority Action 11: Deliver improved community justice outcomes by ensuring that effective leadership and governance arrangements are in place",
    );
  });

  it("names the words struck through, which are read as written", () => {
    const struck = read.issues.filter((issue) => issue.code === "xlsx/strike-through");
    expect(struck).toMatchObject([
      { severity: "info", sheet: "Delivery plan", row: 5, column: "F", actual: "Guidance due in the spring" },
    ]);
  });
});
