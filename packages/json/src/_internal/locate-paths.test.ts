import fc from "fast-check";
import { type Node, parseTree } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import type { PathSegment } from "./json-path";
import { lineIndex } from "./line-index";
import { locatePaths as placePaths } from "./locate-paths";

const locatePaths = (text: string, paths: PathSegment[][]) =>
  placePaths(text, paths).map((place) => place.offset);

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

/** The reference: jsonc-parser's tree, walked the same way (the last of repeated keys). */
function byTree(text: string, paths: PathSegment[][]): number[] {
  const tree = parseTree(text);
  if (tree === undefined) throw new Error("not JSON");
  return paths.map((path) => {
    let node: Node = tree;
    for (const segment of path) {
      const next =
        node.type === "array"
          ? typeof segment === "number"
            ? node.children?.[segment]
            : undefined
          : node.type === "object"
            ? [...(node.children ?? [])].reverse().find((child) => child.children?.[0]?.value === segment)
                ?.children?.[1]
            : undefined;
      if (next === undefined) break;
      node = next;
    }
    return node.offset;
  });
}

/** Every path in a value, and a few that go one step past it. */
function pathsIn(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => pathsIn(item, [...path, index]))
    : value !== null && typeof value === "object"
      ? Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...path, key]))
      : [];
  return [path, [...path, "missing"], [...path, 99], ...inner];
}

describe("locatePaths on any JSON", () => {
  it("agrees with jsonc-parser's tree for every path, however the text is spaced", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, "\t"), fc.boolean(), (value, space, crlf) => {
        const written = JSON.stringify(value, null, space);
        const text = crlf ? ` ${written.replaceAll("\n", "\r\n")} ` : written;
        const paths = pathsIn(value).slice(0, 200);
        const places = placePaths(text, paths);
        expect(places.map((place) => place.offset)).toEqual(byTree(text, paths));
        expect(placePaths(text, paths, { uniqueKeys: true })).toEqual(places);
        const position = lineIndex(text);
        expect(places).toEqual(places.map((place) => ({ offset: place.offset, ...position(place.offset) })));
      }),
      { numRuns: 500 },
    );
  });

  it("forgets what lay below a repeated key's first value", () => {
    const text = '{"k": {"a": 1}, "k": 2}';
    expect(locatePaths(text, [["k", "a"]])).toEqual([text.indexOf("2")]);
    expect(byTree(text, [["k", "a"]])).toEqual([text.indexOf("2")]);
  });
});
