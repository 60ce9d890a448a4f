import { inflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { spaces } from "./zips";

describe("spaces", () => {
  it.each([1, 259, 258 * 64 + 1, 258 * 1000 + 1])("inflates to exactly %i spaces", (count) => {
    const out = inflateSync(spaces(count));
    expect(out.length).toBe(count);
    expect(out.every((byte) => byte === 32)).toBe(true);
  });
});
