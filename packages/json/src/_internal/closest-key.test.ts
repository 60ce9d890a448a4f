import { describe, expect, it } from "vitest";
import { closestKey } from "./closest-key";
import { jsonPath } from "./json-path";

describe("closestKey", () => {
  it.each([
    ["titel", "title"],
    ["Title", "title"],
    ["themse", "themes"],
    ["outcomeRef", "outcomeRefs"],
    ["colums", "columns"],
    ["cja-kit/plna", "cja-kit/plan"],
  ])("takes %s for %s", (word, expected) => {
    expect(closestKey(word, ["title", "themes", "outcomeRefs", "columns", "cja-kit/plan"])).toBe(expected);
  });

  it("suggests nothing for a word that is not near any", () => {
    expect(closestKey("notes", ["title", "themes"])).toBeUndefined();
    expect(closestKey("ib", ["id"])).toBeUndefined();
    expect(closestKey("x".repeat(100), ["x"])).toBeUndefined();
  });
});

describe("jsonPath", () => {
  it("writes identifiers with dots, indexes and other keys in brackets, long keys cut", () => {
    expect(jsonPath(["data", "themes", 0, "actions", 1, "number"])).toBe(
      "$.data.themes[0].actions[1].number",
    );
    expect(jsonPath(["flags", "area-plan-2011-14", "0"])).toBe('$.flags["area-plan-2011-14"]["0"]');
    expect(jsonPath([])).toBe("$");
    expect(jsonPath(["k".repeat(100)])).toBe(`$.${"k".repeat(60)}…`);
  });
});
