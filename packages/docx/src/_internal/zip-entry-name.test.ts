import { describe, expect, it } from "vitest";
import { unsafeEntryName } from "./zip-entry-name";

describe("unsafeEntryName", () => {
  it.each([
    ["../../evil.txt", "climbs"],
    ["/abs.txt", "absolute"],
    ["word/../../../x.txt", "climbs"],
    ["..\\..\\x.txt", "backslash"],
    ["word\\document.xml", "backslash"],
    ["C:/Windows/x.dll", "drive letter"],
    ["c:evil", "drive letter"],
    ["word//document.xml", "empty"],
    ["word/./document.xml", "empty or `.`"],
    ["word/doc\u0000.xml", "control character"],
    ["", "empty"],
  ])("refuses %j (%s)", (name, why) => {
    expect(unsafeEntryName(name)).toContain(why);
  });

  it.each([
    "[Content_Types].xml",
    "_rels/.rels",
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/media/image1.png",
    "customXml/item1.xml",
    "word/",
    "docProps/..core.xml",
  ])("accepts the package part name %j", (name) => {
    expect(unsafeEntryName(name)).toBeUndefined();
  });
});
