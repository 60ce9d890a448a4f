import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countKeys } from "./count-keys";

function keysIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keysIn(item), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.values(value).reduce((sum: number, item) => sum + 1 + keysIn(item), 0);
}

describe("countKeys", () => {
  it("counts keys, not colons or quotes inside strings", () => {
    const text = '{"a": "10:00", "b\\\\" : {"c": "say \\":\\" here"}, "d": ["e:", ":", " : "]}';
    expect(Object.keys(JSON.parse(text))).toEqual(["a", "b\\", "d"]);
    expect(countKeys(text)).toBe(4);
  });

  it("counts a repeated key twice", () => {
    expect(countKeys('{"k": 1, "k": 2}')).toBe(2);
  });

  it("counts exactly the keys of any JSON value, however it is spaced", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, "\t"), (value, space) => {
        expect(countKeys(JSON.stringify(value, null, space))).toBe(keysIn(value));
      }),
      { numRuns: 500 },
    );
  });
});
