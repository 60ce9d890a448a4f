import { describe, expect, it } from "vitest";
import { tableSettings } from "./_internal/table-settings";
import { layoutOf, mapHeadings, widenMap } from "./map-headings";
import { planMatcher, reportMatcher, returnsMatcher } from "./table-kinds";

const settings = tableSettings({}, "planFromRecords");
const map = (cells: string[], options = settings, matcher = planMatcher([])) =>
  mapHeadings(cells, 1, matcher, options);
const roles = (cells: string[], options = settings) =>
  map(cells, options).value.columns.map((c) => [
    c.key,
    c.role.kind === "field" ? c.role.column.field : c.role.kind,
    c.matchedBy,
  ]);

describe("mapHeadings", () => {
  it("reads partnership-era headings through aliases, whatever their case, punctuation or plural", () => {
    expect(roles(["ACTION", "Action due date", "MANAGED BY", "Lead Officer(s)", "% complete"])).toEqual([
      ["ACTION", "number", "alias"],
      ["Action due date", "timescale", "alias"],
      ["MANAGED BY", "lead", "alias"],
      ["Lead Officer(s)", "extra", "alias"],
      ["% complete", "percentComplete", "canonical"],
    ]);
  });

  it("keeps a second column for a field as an extra column, with a warning", () => {
    const read = map(["Number", "Lead", "Lead Officer"]);
    expect(read.value.columns[2]).toMatchObject({
      key: "Lead Officer",
      note: "same-field",
      role: { kind: "field", column: { field: "extra", key: "Lead Officer" } },
    });
    expect(read.issues.map((i) => [i.code, i.column])).toEqual([["table/same-field", "Lead Officer"]]);
  });

  it("gives Action the number, else the wording, else the detail, whichever no other column takes", () => {
    expect(roles(["No.", "Action", "Lead"]).map((r) => r[1])).toEqual(["number", "title", "lead"]);
    expect(roles(["Action", "No.", "Title"]).map((r) => r[1])).toEqual(["detail", "number", "title"]);
    expect(roles(["Action", "Lead"]).map((r) => r[1])).toEqual(["number", "lead"]);
  });

  it("keeps repeated headings apart under keys unique in the table, and names blank ones by place", () => {
    const read = map(["Reporting Year", "Reporting Year", "", "Reporting Year (2)"]);
    // A heading written "Reporting Year (2)" keeps its own name; the repeat takes the next free key.
    expect(read.value.columns.map((c) => c.key)).toEqual([
      "Reporting Year",
      "Reporting Year (3)",
      "Column 3",
      "Reporting Year (2)",
    ]);
    expect(read.issues.map((i) => i.code)).toEqual([
      "table/unknown-heading",
      "table/unknown-heading",
      "table/blank-heading",
      "table/unknown-heading",
      "table/duplicate-heading",
    ]);
  });

  it("suggests the heading an unknown one is a slip for, and refuses it when unknown columns are errors", () => {
    const read = map(["Number", "Timscale"], tableSettings({ unknownColumns: "error" }, "planFromRecords"));
    expect(read.issues).toMatchObject([
      { code: "table/unknown-heading", severity: "error", column: "Timscale" },
    ]);
    expect(read.issues[0]?.message).toContain('did you mean "Timescale"?');
  });

  it("keys prototype words apart", () => {
    expect(map(["__proto__", "constructor"]).value.columns.map((c) => c.key)).toEqual([
      "__proto__ (column 1)",
      "constructor (column 2)",
    ]);
  });

  it("takes the caller's reading first: a field, a canonical heading, a known heading, or extra", () => {
    const options = tableSettings(
      {
        headings: {
          aim: "Theme 1",
          "Priority action": "Theme 2 title",
          Cohort: "Lead Officer",
          Action: "extra",
        },
      },
      "planFromRecords",
    );
    expect(roles(["Aim", "Priority Action", "Cohort", "Action"], options)).toEqual([
      ["Aim", "theme", "option"],
      ["Priority Action", "theme", "option"],
      ["Cohort", "lead", "option"],
      ["Action", "extra", "option"],
    ]);
    expect(
      map(["Cohort"], tableSettings({ headings: { Cohort: "nonsense" } }, "planFromRecords")).issues[0],
    ).toMatchObject({
      code: "table/unknown-heading-option",
      severity: "error",
      actual: "nonsense",
    });
  });

  it("reads the plan's own labels before anything else, and seed layouts' flags", () => {
    const own = planMatcher([{ field: "objective", label: "Specific" }]);
    expect(
      map(["Specific", "2011-14 Area Plan y/n", "Recovery plan (Y/N)"], settings, own).value.columns.map(
        (c) => c.role,
      ),
    ).toEqual([
      { kind: "field", column: { field: "objective", label: "Specific" } },
      { kind: "field", column: { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" } },
      { kind: "field", column: { field: "flag", key: "recovery-plan", label: "Recovery plan (Y/N)" } },
    ]);
  });

  it("reads the canonical theme parts and numbers theme columns after them", () => {
    const read = map(["Theme 1 title", "Theme 2 number", "Priority action", "Number"]);
    expect(read.value.columns.map((c) => c.role)).toEqual([
      { kind: "theme", level: 1, part: "title", fill: false },
      { kind: "theme", level: 2, part: "number", fill: false },
      { kind: "theme", level: 3, part: "heading", fill: true },
      { kind: "field", column: { field: "number", label: "Number" } },
    ]);
    expect(read.value.layout).toBe("themed");
  });

  it("reads a progress table's return columns first, and keeps plan columns there as extra", () => {
    const read = map(["Quarter", "Action No", "Lead", "Status", "RAG"], settings, returnsMatcher);
    expect(
      read.value.columns.map((c) =>
        c.role.kind === "field"
          ? c.role.column.field
          : `${c.role.kind}:${"part" in c.role ? c.role.part : ""}`,
      ),
    ).toEqual(["return:period", "return:action", "extra", "status", "reportedRag"]);
  });

  it("reads a committee report table's six columns", () => {
    expect(
      map(["Field", "Section number", "Text"], settings, reportMatcher).value.columns.map((c) => c.role),
    ).toEqual([
      { kind: "report", part: "field" },
      { kind: "report", part: "sectionNumber" },
      { kind: "report", part: "text" },
    ]);
  });
});

describe("layoutOf", () => {
  it.each([
    [["Theme 1 title", "Plan column labels", "Number"], "canonical"],
    [["Theme 1 title", "Number"], "themed"],
    [["Aim", "No."], "document"],
    [["Priority action", "No."], "themed"],
    [["Key Measure", "Timescale"], "document"],
    [["Indicator Type", "Indicator"], "flat"],
  ])("lays out %j as %s", (cells, layout) => {
    expect(layoutOf(map(cells).value.columns)).toBe(layout);
  });
});

describe("widenMap", () => {
  it("adds an extra column Column N for each cell beyond the header", () => {
    const widened = widenMap(map(["Number", "Column 3"]).value, 4);
    expect(widened.columns.map((c) => c.key)).toEqual(["Number", "Column 3", "Column 3*", "Column 4"]);
  });
});
