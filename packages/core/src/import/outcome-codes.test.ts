import { describe, expect, it } from "vitest";
import { CjaKitError } from "../issue/cja-kit-error";
import { formatOutcomeCodes, parseOutcomeCodes } from "./outcome-codes";

describe("formatOutcomeCodes and parseOutcomeCodes", () => {
  it("write references with their framework and read them back", () => {
    const refs = [
      { framework: "nscj-2016", code: "4" },
      { framework: "nscj-2022", code: "PA11" },
    ];
    expect(formatOutcomeCodes(refs)).toBe("nscj-2016:4; nscj-2022:PA11");
    expect(parseOutcomeCodes(formatOutcomeCodes(refs))).toEqual({ refs, unreadable: [] });
  });

  it("write an empty list as none, read back as no references", () => {
    expect(formatOutcomeCodes([])).toBe("none");
    expect(parseOutcomeCodes(" None ")).toEqual({ refs: [], unreadable: [] });
  });

  it("return a part that is not framework:code as unreadable, never guessed", () => {
    expect(parseOutcomeCodes("nscj-2016:4\nSection 4; :A1")).toEqual({
      refs: [{ framework: "nscj-2016", code: "4" }],
      unreadable: ["Section 4", ":A1"],
    });
  });

  it("answer a list that is not references with a typed error", () => {
    expect(() => formatOutcomeCodes([null] as never)).toThrow(CjaKitError);
    expect(() => parseOutcomeCodes(5 as never)).toThrow(CjaKitError);
  });
});
