import { Content, Plan, ReportingPeriod } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { unknownKeys } from "./unknown-keys";

describe("unknownKeys", () => {
  it("finds keys zod would drop, in content blocks chosen by their kind", () => {
    const content = [
      { kind: "paragraph", text: "Existing resources", strong: true, bold: true },
      { kind: "list", marker: "bullet", items: ["a"], strong: true },
      {
        kind: "paragraph",
        text: "5th",
        runs: [{ text: "5" }, { text: "th", superscript: true, colour: "red" }],
      },
    ];
    expect(unknownKeys(Content, content, 10)).toEqual([
      { path: [0, "bold"], key: "bold", known: ["kind", "text", "strong", "runs", "blankLinesBefore"] },
      {
        path: [1, "strong"],
        key: "strong",
        known: ["kind", "marker", "items", "start", "runs", "blankLinesBefore"],
      },
      {
        path: [2, "runs", 1, "colour"],
        key: "colour",
        known: ["text", "bold", "italic", "underline", "superscript"],
      },
    ]);
  });

  it("walks recursive themes, and does not take Object.prototype's names for known keys", () => {
    const plan = { themes: [{ themes: [{ title: "Deep", constructor: 1, toString: 2 }] }] };
    expect(unknownKeys(Plan, plan, 10).map(({ path }) => path)).toEqual([
      ["themes", 0, "themes", 0, "constructor"],
      ["themes", 0, "themes", 0, "toString"],
    ]);
  });

  it("leaves records, loose objects and unmatched discriminators alone", () => {
    const schema = z.object({
      record: z.record(z.string(), z.number()),
      loose: z.looseObject({ a: z.string() }),
    });
    expect(unknownKeys(schema, { record: { any: 1 }, loose: { b: 1 } }, 10)).toEqual([]);
    expect(unknownKeys(ReportingPeriod, { kind: "month", extra: 1 }, 10)).toEqual([]);
    expect(unknownKeys(ReportingPeriod, { kind: "quarter", number: 1 }, 10)[0]?.known).toEqual([
      "kind",
      "year",
      "quarter",
    ]);
  });

  it("stops at the limit", () => {
    expect(unknownKeys(z.object({}), { a: 1, b: 2, c: 3 }, 2)).toHaveLength(2);
  });
});
