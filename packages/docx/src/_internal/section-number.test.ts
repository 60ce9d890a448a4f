import { describe, expect, it } from "vitest";
import { sectionNumbers } from "./section-number";

describe("sectionNumbers", () => {
  it("drops the full stop from every section number where a report mixes the two (seed 000)", () => {
    expect(sectionNumbers(["1", "2", "3", "4", "5.", "6.", "7.", "8.", "9."])).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
    ]);
  });

  it.each([[["1", "2", "3"]], [["1.", "2.", "3."]], [["1", undefined, "3"]], [[]]])(
    "keeps numbers written one way as they are: %j",
    (numbers) => {
      expect(sectionNumbers(numbers)).toEqual(numbers);
    },
  );
});
