import { describe, expect, it } from "vitest";
import { csvRecordStream, csvRecords } from "./csv-records";

const simple = (items: ReturnType<typeof csvRecords>) =>
  items.map((item) => ("issue" in item ? item.issue.code : [item.row, ...item.cells]));

describe("csvRecords", () => {
  it("honours an Excel sep= line, numbering rows from the line after it", () => {
    expect(simple(csvRecords("sep=;\r\na;b,c\r\n1;2\r\n", {}))).toEqual([
      [2, "a", "b,c"],
      [3, "1", "2"],
    ]);
  });

  it("undoes the writer's formula escape in every cell, headings included, unless asked not to", () => {
    expect(simple(csvRecords("'=H,b\n'@x,'+1\n", {}))).toEqual([
      [1, "=H", "b"],
      [2, "@x", "+1"],
    ]);
    expect(simple(csvRecords("'=H\n", { restoreFormulas: false }))).toEqual([[1, "'=H"]]);
  });

  it("gives the same items streamed as whole", async () => {
    const text = 'sep=;\na;b\n1;"x\ny"\n2;3\n';
    const streamed = [];
    async function* chunks() {
      for (const char of text) yield char;
    }
    for await (const item of csvRecordStream(chunks(), {})) streamed.push(item);
    expect(streamed).toEqual(csvRecords(text, {}));
  });
});
