import { describe, expect, it } from "vitest";
import { CjaKitError } from "./cja-kit-error";

describe("CjaKitError", () => {
  it("carries its code and an issue made from its message when none are given", () => {
    const error = new CjaKitError("usage/invalid-argument", "Expected a string, got a number.");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("CjaKitError");
    expect(error.code).toBe("usage/invalid-argument");
    expect(error.issues).toEqual([
      {
        code: "usage/invalid-argument",
        severity: "error",
        message: "Expected a string, got a number.",
        path: [],
      },
    ]);
  });

  it("keeps the issues it is given", () => {
    const issue = { code: "x/y", severity: "error" as const, message: "m", path: ["a"] };
    expect(new CjaKitError("usage/z", "z", [issue]).issues).toEqual([issue]);
  });
});
