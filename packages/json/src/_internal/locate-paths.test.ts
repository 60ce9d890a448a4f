import { parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { locatePaths as locate } from "./locate-paths";

const locatePaths = (text: string, paths: Array<Array<string | number>>) => {
  const tree = parseTree(text);
  if (tree === undefined) throw new Error("not JSON");
  return locate(tree, paths);
};

describe("locatePaths", () => {
  const text = '{"a": [10, {"b}": "x]", "c": {"d": [true, null]}}], "e\\"f": 2, "g": {}}';

  it("finds where each value starts, past strings holding brackets and escaped keys", () => {
    const offsets = locatePaths(text, [[], ["a"], ["a", 0], ["a", 1, "c", "d", 1], ['e"f'], ["g"]]);
    expect(offsets.map((offset) => text.slice(offset, offset + 4))).toEqual([
      '{"a"',
      "[10,",
      "10, ",
      "null",
      '2, "',
      "{}}",
    ]);
  });

  it("places a missing key or index at the deepest part of its path that exists", () => {
    const [missingKey, missingIndex] = locatePaths(text, [
      ["a", 1, "c", "zz"],
      ["a", 7],
    ]);
    expect(text.slice(missingKey, (missingKey ?? 0) + 6)).toBe('{"d": ');
    expect(text.slice(missingIndex, (missingIndex ?? 0) + 4)).toBe("[10,");
  });

  it("takes the last of duplicate keys, as JSON.parse does", () => {
    const duplicated = '{"k": 1, "k": 22}';
    expect(locatePaths(duplicated, [["k"]])).toEqual([duplicated.indexOf("22")]);
  });
});
