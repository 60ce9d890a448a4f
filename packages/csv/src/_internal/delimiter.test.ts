import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./delimiter";

describe("detectDelimiter", () => {
  it.each([
    ["a,b,c\n1,2,3\n", ","],
    ["a;b;c\n1;2;3\n", ";"],
    ["a\tb\n1\t2\n", "\t"],
    ["No.;Deliverable;Lead partner, agency\n1;Set up, run;SG\n", ";"],
    ['"a;b",c\n"1;2",3\n', ","],
    ["Title\nOne\n", ","],
  ])("reads %j as separated by %j", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
