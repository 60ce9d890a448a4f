import { describe, expect, it } from "vitest";
import { parseRecords } from "./records";

describe("parseRecords", () => {
  it("numbers each record by the file line it starts on, multi-line cells included", () => {
    expect(parseRecords('a,b\r\n"multi\nline",2\r\n\r\n3,4', ",").records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["multi\nline", "2"] },
      { line: 5, cells: ["3", "4"] },
    ]);
  });

  it("leaves out a malformed row with an issue and reads the good rows after it", () => {
    const { records, issues } = parseRecords('a,b\n1,"x"y\n3,4\n5,"unterminated\n6,7\n', ",");
    expect(records.map((record) => record.cells)).toEqual([
      ["a", "b"],
      ["3", "4"],
      ["6", "7"],
    ]);
    expect(issues.map((issue) => [issue.code, issue.row])).toEqual([
      ["csv/malformed-row", 2],
      ["csv/malformed-row", 4],
    ]);
  });

  it("counts lines from where a batch starts", () => {
    expect(parseRecords("x,y\n", ",", 41).records).toEqual([{ line: 41, cells: ["x", "y"] }]);
  });
});
