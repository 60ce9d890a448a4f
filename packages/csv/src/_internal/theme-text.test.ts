import type { Column } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { formatColumnLabels, parseColumnLabels } from "./theme-text";

describe("column labels in a theme cell", () => {
  it("read back as written, a label holding U+2028 (a line separator to JavaScript's `.`) included", () => {
    const columns: Column[] = [
      { field: "lead", label: "Work Group/ Chair" },
      { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
      { field: "number", label: "\u2028" },
    ];
    expect(parseColumnLabels(formatColumnLabels(columns))).toEqual({ columns, unreadable: [] });
  });
});
