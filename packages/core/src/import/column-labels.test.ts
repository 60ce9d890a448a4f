import { describe, expect, it } from "vitest";
import type { Column } from "../plan/column";
import { formatColumnLabels, parseColumnLabels } from "./column-labels";

describe("column labels in a cell", () => {
  it("write and read back fields, flags and extra columns", () => {
    const columns: Column[] = [
      { field: "timescale", label: "When will it be done by?" },
      { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
      { field: "extra", key: "Notes (2)", label: "Notes" },
    ];
    expect(parseColumnLabels(formatColumnLabels(columns))).toEqual({ columns, unreadable: [] });
  });

  it("returns lines that name no field, or a flag without its key, as unreadable", () => {
    expect(parseColumnLabels("lead: Lead\nfoo: Bar\nflag: No key").unreadable).toEqual([
      "foo: Bar",
      "flag: No key",
    ]);
  });
});
