import { describe, expect, it } from "vitest";
import { tableSettings } from "./table-settings";

describe("tableSettings", () => {
  it("applies the defaults to options left out or undefined", () => {
    expect(tableSettings({ maxColumns: undefined }, "planFromRecords")).toMatchObject({
      unknownColumns: "keep",
      mergedCells: "fill",
      maxColumns: 1000,
      maxCellLength: 1_000_000,
    });
  });
});
