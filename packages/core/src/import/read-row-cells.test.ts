import { describe, expect, it } from "vitest";
import { tableSettings } from "./_internal/table-settings";
import { mapHeadings } from "./map-headings";
import { numberLike, readRowCells } from "./read-row-cells";
import { planMatcher } from "./table-kinds";

const columns = (headings: string[]) =>
  mapHeadings(headings, 1, planMatcher([]), tableSettings({}, "planFromRecords")).value.columns;
const read = (headings: string[], cells: string[]) =>
  readRowCells(cells, columns(headings), { row: 7, framework: "nab-2008" });

describe("readRowCells", () => {
  it("reads each cell through its column's reader, keeping the wording", () => {
    const values = read(
      ["Number", "Title", "Timescale", "Resources", "Lead", "Notes"],
      ["2.4.1", "Audit diversion schemes", "July 2008", "£15,000", "LCJA Chief Officer", "ask CO"],
    );
    expect(values.number).toBe("2.4.1");
    expect(values.action.title).toEqual([{ kind: "paragraph", text: "Audit diversion schemes" }]);
    expect(values.row.timescale?.raw).toBe("July 2008");
    expect(values.row.resources?.amounts[0]?.pence).toBe(1_500_000);
    expect(values.row.extra).toEqual({ Notes: "ask CO" });
    expect(values.issues).toEqual([]);
  });

  it("reads a key-measure cell as number, references and wording", () => {
    const values = read(
      ["Key Measure"],
      ["2.4.2. (A1 & C3)\nEffectively manage sexual and violent offenders"],
    );
    expect([values.number, values.action.outcomeRefs?.raw, values.action.title]).toEqual([
      "2.4.2.",
      "(A1 & C3)",
      [{ kind: "paragraph", text: "Effectively manage sexual and violent offenders" }],
    ]);
  });

  it("takes wording in a number column as the action's wording, noting the column", () => {
    const values = read(["Action", "Lead"], ["Set up local consultation groups", "CJP"]);
    expect([values.number, values.proseIn, values.action.title]).toEqual([
      "",
      "Action",
      [{ kind: "paragraph", text: "Set up local consultation groups" }],
    ]);
  });

  it("keeps an outcome written in words as written, reading only the number before it", () => {
    const values = readRowCells(
      ["1. More people successfully complete diversion from prosecution"],
      columns(["National Outcome"]),
      { row: 2, framework: "cjpf-2023" },
    );
    expect(values.action.outcomeRefs).toEqual({
      raw: "1. More people successfully complete diversion from prosecution",
      refs: [{ framework: "cjpf-2023", code: "1" }],
    });
    expect(values.issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      ["table/outcome-wording", "info", 2, "National Outcome"],
    ]);
  });

  it("locates a parser's issues at the row and column", () => {
    expect(read(["Timescale"], ["31/02/2010"]).issues).toMatchObject([
      { code: "timescale/invalid-date", row: 7, column: "Timescale" },
    ]);
  });

  it("holds progress cells for the row's others, and theme cells by level and part", () => {
    const values = read(["Theme 1 title", "Status", "Status rule"], ["Health", "complete", "manual"]);
    expect([...values.progress.keys()]).toEqual(["status", "statusRule"]);
    expect(values.themes.get(1)?.get("title")).toBe("Health");
  });
});

describe("numberLike", () => {
  it.each(["2.4.1", "2.4.1.", "1a", "SO2", "No. 3", "2.1.3 cont./", "12", "3.9.10.2"])(
    "takes %j as a number",
    (text) => {
      expect(numberLike(text)).toBe(true);
    },
  );
  it.each(["Set up groups", "2010-11 actions", "Establish a working group", "Year 2", "Aim 1"])(
    "takes %j as wording",
    (text) => {
      expect(numberLike(text)).toBe(false);
    },
  );
});
