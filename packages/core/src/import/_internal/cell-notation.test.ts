import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readInline, sameRuns } from "../../_internal/inline-marks";
import type { Run } from "../../content/content";
import { parseContent } from "../../content/parse-content";
import { parseTimescaleCell } from "../../timescale/parse-timescale-cell";
import type { MappedColumn } from "../column-role";
import type { SourceRecord } from "../source-record";
import { cellNotation, contentCells, markedCell } from "./cell-notation";

describe("cellNotation", () => {
  it("writes a rich cell's marks in core's notation, which reads back as the runs", () => {
    const text = cellNotation([{ text: "Year 1", underline: true }, { text: " Complete data review" }]);
    expect(text).toBe("__Year 1__ Complete data review");
    expect(parseTimescaleCell(text).value.runs).toEqual([
      [{ text: "Year 1", underline: true }, { text: " Complete data review" }],
    ]);
  });

  it.each([
    ["a footnote's asterisks", "Existing resources**"],
    ["a file name's underscores", "see CJPF_Technical_Document.pdf"],
    ["a pair of underscores around words", "__init__ and _draft_ and 2^10^"],
    ["backslashes before a delimiter", "C:\\_data\\\\**"],
  ])("keeps %s as text, never as marks", (_, text) => {
    const runs = [{ text: "Note ", bold: true }, { text }];
    expect(parseContent(cellNotation(runs))).toEqual([
      { kind: "paragraph", text: `Note ${text}`, runs: [{ text: "Note ", bold: true }, { text }] },
    ]);
  });

  it("keeps line breaks inside runs, so a rich cell's lines and bullets read as in a plain cell", () => {
    const runs = [
      { text: "Lead partner", bold: true },
      { text: " - Care Inspectorate\r\n• " },
      { text: "In collaboration with", bold: true },
      { text: " – third sector" },
    ];
    const text = cellNotation(runs);
    expect(text).toBe("**Lead partner** - Care Inspectorate\r\n• **In collaboration with** – third sector");
    expect(parseContent(text)[1]).toMatchObject({ kind: "list", marker: "bullet" });
  });

  it("gives no mark to a run of spaces alone, which shows none", () => {
    expect(
      cellNotation([{ text: "Year 1", underline: true }, { text: " ", bold: true }, { text: "review" }]),
    ).toBe("__Year 1__ review");
  });
});

const column = (field: "title" | "number" | "timescale", index: number): MappedColumn => ({
  index,
  label: field,
  key: field,
  role: { kind: "field", column: { field, label: field } },
  matchedBy: "alias",
});

describe("contentCells", () => {
  const columns = [column("number", 0), column("title", 1), column("timescale", 2)];

  it("leaves a record with no runs as it is, so a CSV's cells read as before", () => {
    const record: SourceRecord = { row: 2, cells: ["1", "**Bold** as typed", "April 2024"] };
    expect(contentCells(record, columns)).toBe(record);
  });

  it("writes runs in content and timescale columns, and leaves a number's runs as its text", () => {
    const record: SourceRecord = {
      row: 3,
      cells: ["2.1", "Review the strategy", "Year 1 2008-09"],
      runs: [
        [{ text: "2.1", bold: true }],
        [{ text: "Review", bold: true }, { text: " the strategy" }],
        [{ text: "Year 1", underline: true }, { text: " 2008-09" }],
      ],
    };
    expect(contentCells(record, columns).cells).toEqual([
      "2.1",
      "**Review** the strategy",
      "__Year 1__ 2008-09",
    ]);
    expect(record.cells[1]).toBe("Review the strategy");
  });

  it("does not use runs that do not join to the cell's text", () => {
    const record: SourceRecord = {
      row: 4,
      cells: ["", "Review the strategy"],
      runs: [undefined, [{ text: "Other", bold: true }]],
    };
    expect(markedCell(record, 1)).toBe("Review the strategy");
  });
});

const cellRun = fc.record({
  text: fc.oneof(
    fc.string({ unit: fc.constantFrom("a", "B", " ", "*", "_", "^", "\\", "\n", "1", ".") }),
    fc.constantFrom("**", "__", "\\*", "_x", "Year 1", " "),
  ),
  bold: fc.boolean(),
  italic: fc.boolean(),
  underline: fc.boolean(),
  superscript: fc.boolean(),
});

describe("cellNotation, whatever the runs", () => {
  test.prop([fc.array(cellRun, { maxLength: 8 })])(
    "reads back, line by line, as the runs' own text and marks (a run of spaces unmarked)",
    (runs) => {
      const lines = cellNotation(runs).split("\n");
      const expected: Run[][] = [[]];
      for (const run of runs)
        run.text.split("\n").forEach((piece, i) => {
          if (i > 0) expected.push([]);
          if (piece.length === 0) return;
          const marks = /\S/.test(piece)
            ? { bold: run.bold, italic: run.italic, underline: run.underline, superscript: run.superscript }
            : {};
          expected.at(-1)?.push({ text: piece, ...marks });
        });
      expect(lines.length).toBe(expected.length);
      lines.forEach((line, i) => {
        expect(sameRuns(readInline(line), expected[i] ?? [])).toBe(true);
      });
    },
  );
});
