import type { SourceItem } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { feed, finish, tokenizer } from "./csv-tokenizer";

const limits = { maxCellLength: 1000, maxColumns: 100 };
const read = (text: string, delimiter = ",", pieces: number[] = []) => {
  const tok = tokenizer(delimiter, limits);
  const items: SourceItem[] = [];
  let at = 0;
  for (const size of pieces) {
    items.push(...feed(tok, text.slice(at, at + size)));
    at += size;
  }
  items.push(...feed(tok, text.slice(at)), ...finish(tok));
  return items.map((item) =>
    "issue" in item ? `!${item.issue.code}@${item.issue.row}` : `${item.row}:${JSON.stringify(item.cells)}`,
  );
};

describe("the tokeniser", () => {
  it("reads records with their first line, line ends CRLF, LF or CR mixed", () => {
    expect(read("a,b\r\n1,2\n3,4\r5,6\r\n")).toEqual([
      '1:["a","b"]',
      '2:["1","2"]',
      '3:["3","4"]',
      '4:["5","6"]',
    ]);
  });

  it("keeps quoted cells with line breaks and doubled quotes, counting their lines", () => {
    expect(read('a,"b\r\nc ""d""",e\n2,3\n')).toEqual(['1:["a","b\\r\\nc \\"d\\"","e"]', '3:["2","3"]']);
  });

  it("reads a quote inside an unquoted cell as text (5'11\" wide)", () => {
    expect(read("1,5'11\" wide,x\n")).toEqual(['1:["1","5\'11\\" wide","x"]']);
  });

  it("leaves out a row whose quoted cell is followed by text, and goes on from the next line", () => {
    expect(read('h\n1,"Title"x,2010-11\n2,ok\n')).toEqual([
      '1:["h"]',
      "!csv/malformed-row@2",
      '3:["2","ok"]',
    ]);
  });

  it("reads again, once, the lines a stray quote swallowed", () => {
    expect(read('h\n1,"Stray\n2,"A cell\nover lines"\n3,Fine\n')).toEqual([
      '1:["h"]',
      "!csv/malformed-row@2",
      '3:["2","A cell\\nover lines"]',
      '5:["3","Fine"]',
    ]);
  });

  it("makes a quote never closed a malformed row and reads the lines after it", () => {
    expect(read('h\n1,"Never closed,July\n2,Fine,July\n')).toEqual([
      '1:["h"]',
      "!csv/malformed-row@2",
      '3:["2","Fine","July"]',
    ]);
  });

  it("gives the same records wherever the text is cut", () => {
    const text = 'a;"b\r\n""c"""\r\n1;"x"y\r\n2;z\r3;"open\n4;w\n';
    const whole = read(text, ";");
    for (let cut = 1; cut < text.length; cut++) expect(read(text, ";", [cut])).toEqual(whole);
    for (let size = 1; size < 5; size++)
      expect(read(text, ";", Array(text.length).fill(size))).toEqual(whole);
  });

  it("keeps a cell only one character past the limit, and a row one cell past it", () => {
    const tok = tokenizer(",", { maxCellLength: 5, maxColumns: 2 });
    const [record] = [...feed(tok, `${"x".repeat(50)},a,b,c,d\n`), ...finish(tok)];
    expect(record !== undefined && !("issue" in record) && record.cells).toEqual(["xxxxxx", "a", "b"]);
  });
});
