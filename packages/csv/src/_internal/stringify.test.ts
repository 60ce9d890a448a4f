import { describe, expect, it } from "vitest";
import { csvRecords } from "./csv-records";
import { writeCsv } from "./stringify";

const cellsOf = (csv: string, delimiter: "," | ";") =>
  csvRecords(csv, { delimiter }).flatMap((item) => ("cells" in item ? [item.cells] : []));

describe("writeCsv", () => {
  // Issue 14 finding 3: a cell holding the other delimiter, written bare, is split by a
  // spreadsheet whose list separator is that one, and its second part run as a formula.
  it.each([",", ";"] as const)("quotes a cell holding either delimiter in a %j file", (delimiter) => {
    const row = ["Chief Officer,=1+2", "SPS;=1+2;@SUM(1+1)", "Tab\there", "plain"];
    const { csv } = writeCsv([["Lead", "Partners", "Note", "Other"], row], { delimiter, bom: false });
    const line = csv.split("\r\n")[1];
    expect(line).toBe(
      ['"Chief Officer,\'=1+2"', "\"SPS;'=1+2;'@SUM(1+1)\"", '"Tab\there"', "plain"].join(delimiter),
    );
    expect(cellsOf(csv, delimiter)[1]).toEqual(row);
  });

  it("reads every cell as written, whichever delimiter the reader is told", () => {
    const { csv } = writeCsv([["Lead"], ["A, B; C"]], { delimiter: ",", bom: false });
    expect(cellsOf(csv, ";")[1]).toEqual(["A, B; C"]);
  });

  // Issue 14 finding 2: Excel holds 32,767 characters in a cell and cuts the rest on opening.
  it("warns, with its line and column, of a cell longer than a spreadsheet's cell", () => {
    const long = "x".repeat(32_768);
    const { csv, issues } = writeCsv(
      [
        ["Number", "Progress"],
        ["1", "x".repeat(32_767)],
        ["2", long],
      ],
      {},
    );
    expect(csv).toContain(long);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "csv/cell-too-long-for-spreadsheet",
        severity: "warning",
        row: 3,
        column: "Progress",
      }),
    ]);
    expect(issues[0]?.message).toContain("32,768 characters");
  });

  it("writes a value a spreadsheet would rewrite with a ' only when asked", () => {
    const rows = [
      ["Number", "Timescale"],
      ["1.10", "July 2008"],
    ];
    expect(writeCsv(rows, { bom: false }).csv).toContain("1.10,July 2008");
    expect(writeCsv(rows, { bom: false, protectValues: true }).csv).toContain("'1.10,'July 2008");
  });
});
