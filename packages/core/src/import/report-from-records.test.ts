import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import { reportFromRecords } from "./report-from-records";
import type { SourceItem } from "./source-record";

const authority = communityJusticeAuthorities.lanarkshire;
const header = ["Field", "Section number", "Section title", "Role", "Paragraph number", "Text"];
const items = (...rows: string[][]): SourceItem[] =>
  [header, ...rows].map((cells, i) => ({ row: i + 1, cells }));

describe("reportFromRecords", () => {
  it("reads fields, sections and paragraphs in order", () => {
    const read = reportFromRecords(
      items(
        ["subject", "", "", "", "", "Chief Officer's Update"],
        ["", "1", "Recommendations", "recommendations", "1.1", "That the report be noted."],
        ["section", "2", "Background", "background", "", ""],
      ),
      { authority },
    );
    expect(
      read.ok && [read.value.subject, read.value.sections.map((s) => [s.number, s.paragraphs.length])],
    ).toEqual([
      "Chief Officer's Update",
      [
        ["1", 1],
        ["2", 0],
      ],
    ]);
  });

  it("names every cell it cannot place: unknown fields, prototype words, repeats, stray cells, nameless details", () => {
    const read = reportFromRecords(
      items(
        ["__proto__", "", "", "", "", "x"],
        ["toString", "", "", "", "", "y"],
        ["subject", "9", "", "", "", "A"],
        ["subject", "", "", "", "", "B"],
        ["contactPhone", "", "", "", "", "01698"],
        ["", "1", "Other", "gossip", "1.1", "Nil"],
      ),
      { authority },
    );
    expect(read.issues.filter((i) => i.code.startsWith("table/")).map((i) => [i.code, i.row])).toEqual([
      ["table/unknown-field", 2],
      ["table/unknown-field", 3],
      ["table/cell-not-read", 4],
      ["table/repeated-field", 5],
      ["table/unknown-role", 7],
      ["table/field-without-name", 6],
    ]);
    expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);
  });

  it("refuses a table that is not a committee report's", () => {
    expect(
      reportFromRecords([{ row: 1, cells: ["Foo", "Bar"] }], { authority }).issues.map((i) => i.code),
    ).toContain("table/no-known-headings");
  });
});
