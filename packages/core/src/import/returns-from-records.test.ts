import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import { returnsFromRecords } from "./returns-from-records";
import type { SourceItem } from "./source-record";

const authority = communityJusticeAuthorities.lanarkshire;
const items = (...rows: string[][]): SourceItem[] => rows.map((cells, i) => ({ row: i + 1, cells }));

describe("returnsFromRecords", () => {
  it("keeps the marks of a rich-text progress cell from its runs, and its status as its words", () => {
    const read = returnsFromRecords(
      [
        { row: 1, cells: ["Period", "Action", "Progress", "Status"] },
        {
          row: 2,
          cells: ["2010-11 Q2", "1", "Year 1 data review complete_v2", "On Target"],
          runs: [
            undefined,
            undefined,
            [{ text: "Year 1", underline: true }, { text: " data review complete_v2" }],
            [{ text: "On Target", bold: true }],
          ],
        },
      ],
      { authority },
    );
    const entry = read.ok ? read.value[0]?.entries[0] : undefined;
    expect(entry?.progress).toEqual([
      {
        kind: "paragraph",
        text: "Year 1 data review complete_v2",
        runs: [{ text: "Year 1", underline: true }, { text: " data review complete_v2" }],
      },
    ]);
    expect(entry?.status.status).toBe("on-track");
    expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);
  });

  it("groups rows into a return per period, plan, title and date, in the order they first appear", () => {
    const read = returnsFromRecords(
      items(
        ["Period", "Action", "Reported on", "Progress", "Status", "RAG"],
        ["2010-11 Q2", "1", "30/09/2010", "Group established", "On Target", "Green"],
        ["2010-11 Q3", "1", "", "Complete", "", ""],
        ["2010-11 Q2", "2", "30/09/2010", "Not commenced", "", "Red"],
      ),
      { authority },
    );
    expect(
      read.ok &&
        read.value.map((r) => [
          r.period,
          r.reportedOn,
          r.entries.map((e) => [e.action, e.status.status, e.reportedRag?.rag]),
        ]),
    ).toEqual([
      [
        { kind: "quarter", year: "2010-11", quarter: 2 },
        "2010-09-30",
        [
          ["1", "on-track", "green"],
          ["2", "not-started", "red"],
        ],
      ],
      [{ kind: "quarter", year: "2010-11", quarter: 3 }, undefined, [["1", "complete", undefined]]],
    ]);
    expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);
  });

  it("leaves out rows it cannot place and cells it cannot read, each named at its row and column", () => {
    const read = returnsFromRecords(
      items(
        ["Period", "Action", "Row", "Reported on", "Progress"],
        ["Year 0 (2009-10)", "1", "", "", "x"],
        ["2010-11", "", "", "", "y"],
        ["2010-11", "3", "first", "sometime", "z"],
      ),
      { authority },
    );
    expect(
      read.issues.filter((i) => i.code.startsWith("table/")).map((i) => [i.code, i.row, i.column]),
    ).toEqual([
      ["table/bad-period", 2, "Period"],
      ["table/missing-action", 3, "Action"],
      ["table/bad-row-number", 4, "Row"],
      ["table/bad-date", 4, "Reported on"],
    ]);
    expect(read.report.cells).toEqual({ nonEmpty: 10, placed: 3, reported: 7 });
  });

  it("needs an Action column, and a period from the table or the options", () => {
    expect(
      returnsFromRecords(items(["Progress"], ["On target"]), { authority }).issues.map((i) => i.code),
    ).toEqual(["table/missing-column", "table/missing-column"]);
  });
});

// Argyll and Bute's Community Justice Action Plan 2018-19 (packages/xlsx/test/fixtures/officer)
// read as a return: "Lead" and "Timescale" are its plan's headings, which a return does not have.
describe("returnsFromRecords: a plan's headings in a progress table", () => {
  it("says a plan's heading is one a return does not have, never suggesting the heading itself", () => {
    const read = returnsFromRecords(
      items(["Action", "Period", "Lead", "Timescale"], ["1.1", "2018-19", "SPS", "March 2019"]),
      { authority },
    );
    const unknown = read.issues.filter((i) => i.code === "table/unknown-heading");
    expect(unknown.map((i) => i.message)).toEqual([
      '"Lead" is a heading of a plan table, which this table does not have; its cells are kept with each progress entry as its own cells (extra). Map it with the headings option, e.g. { "Lead": "progress" }.',
      '"Timescale" is a heading of a plan table, which this table does not have; its cells are kept with each progress entry as its own cells (extra). Map it with the headings option, e.g. { "Timescale": "progress" }.',
    ]);
    expect(read.ok && read.value[0]?.entries[0]?.extra).toEqual({ Lead: "SPS", Timescale: "March 2019" });
  });

  it("still suggests the known heading for a slip", () => {
    const read = returnsFromRecords(
      items(["Action", "Period", "Timscale"], ["1.1", "2018-19", "March 2019"]),
      {
        authority,
      },
    );
    expect(read.issues.find((i) => i.code === "table/unknown-heading")?.message).toContain(
      'No field is known by the heading "Timscale" (did you mean "Timescale"?)',
    );
  });
});

// Clackmannanshire Community Justice Partnership, Annual Return Report 2018/19 (committee paper of
// 29 August 2019; packages/xlsx/test/fixtures/officer): a priority merged across the table over
// its actions.
describe("returnsFromRecords: a theme heading between the entries", () => {
  const heading = "Improve strategic planning and delivery";
  const rows = (spans?: SourceItem[]): SourceItem[] => [
    { row: 1, cells: ["Action", "Period", "Status", "Progress"] },
    ...(spans ?? [{ row: 2, cells: [heading, "", "", ""] }]),
    { row: 3, cells: ["1.10", "2018-19", "On track", "Communities of practice meet quarterly"] },
  ];
  const merged = rows([
    { row: 2, cells: [heading, "", "", ""], spans: [{ column: 0, rows: 1, columns: 4 }] },
  ]);

  it.each([
    ["merged across the table (xlsx)", merged, "merged-across"],
    ["alone in the Action column (CSV)", rows(), "first-cell-only"],
  ])("keeps a heading %s as context, not as an entry", (_, items, rule) => {
    for (const options of [
      { authority },
      { authority, period: { kind: "financial-year" as const, year: "2018-19" } },
    ]) {
      const read = returnsFromRecords(items, options);
      expect(read.ok).toBe(true);
      expect(read.ok && read.value.flatMap((r) => r.entries.map((e) => [e.action, e.status.status]))).toEqual(
        [["1.10", "on-track"]],
      );
      expect(read.issues.map((i) => [i.code, i.severity, i.row, i.message])).toEqual([
        [
          "table/return-theme-heading",
          "info",
          2,
          'Row 2 is a theme heading ("Improve strategic planning and delivery") over the entries under it, not an entry: a progress return has no themes, so it is kept only in this note and the mapping report.',
        ],
      ]);
      expect(read.report.rows.headings).toEqual([{ row: 2, rule, text: heading }]);
      expect(read.report.cells).toEqual({ nonEmpty: 5, placed: 4, reported: 1 });
    }
  });

  it("leaves out a totals row with a warning, not an entry or a missing action", () => {
    const read = returnsFromRecords(
      items(
        ["Action", "Period", "Status", "Budget spent"],
        ["1.10", "2018-19", "On track", "£1,200.50"],
        ["", "Total", "", "£1,200.50"],
      ),
      { authority },
    );
    expect(read.ok && read.value[0]?.entries.map((e) => e.action)).toEqual(["1.10"]);
    expect(read.issues.map((i) => [i.code, i.row])).toEqual([
      ["table/unknown-heading", 1],
      ["table/totals-row", 3],
    ]);
    expect(read.report.rows.skipped).toEqual([3]);
  });

  it("still reads a row that names only its action as an entry", () => {
    const read = returnsFromRecords(items(["Action", "Progress"], ["1.10", ""], ["2.5.3", "Complete"]), {
      authority,
      period: { kind: "financial-year", year: "2018-19" },
    });
    expect(read.ok && read.value[0]?.entries.map((e) => e.action)).toEqual(["1.10", "2.5.3"]);
    expect(read.issues.map((i) => i.code)).not.toContain("table/return-theme-heading");
  });
});

describe("returnsFromRecords: a return's own cells", () => {
  it("keeps Progress: columns on the entry under their key, apart from an unknown column of the same name", () => {
    const read = returnsFromRecords(
      items(
        ["Period", "Action", "Progress", "Progress: Opened", "Opened", "Progress: Closed"],
        ["2010-11 Q2", "1", "Group established", "June 2023", "May 2023", "March 2024"],
      ),
      { authority },
    );
    expect(read.ok && read.value[0]?.entries[0]?.extra).toEqual({
      Opened: "May 2023",
      "Progress: Opened": "June 2023",
      Closed: "March 2024",
    });
    expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);
  });
});
