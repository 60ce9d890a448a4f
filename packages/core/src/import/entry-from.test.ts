import { describe, expect, it } from "vitest";
import { entryFrom } from "./entry-from";

const p = (text: string) => [{ kind: "paragraph" as const, text }];

describe("entryFrom", () => {
  it("reads the status from the narrative when no status cell gives one", () => {
    expect(entryFrom({ action: "1", progress: p("On target") }).status).toEqual({
      raw: "On target",
      status: "on-track",
      rule: "term-on-track",
      evidence: "On target",
    });
  });

  it("keeps status wording as the status's raw wording", () => {
    const status = { raw: "COMPLETE", status: "complete" as const, rule: "complete" };
    expect(entryFrom({ action: "34", progress: p("Published on 31 March 2023."), status }).status).toEqual(
      status,
    );
  });

  it("marks a canonical status no rule explains as manual, and keeps a given rule", () => {
    const status = { raw: "", status: "complete" as const, rule: "" };
    expect(
      entryFrom({ action: "4", progress: p("Key meetings continue to be attended"), status }).status,
    ).toEqual({
      raw: "Key meetings continue to be attended",
      status: "complete",
      rule: "manual",
    });
  });

  it("carries the reported rating, the revised due date and extra cells", () => {
    const entry = entryFrom({
      action: "1",
      row: 0,
      reportedRag: { raw: "Red", rag: "red" },
      extra: { Closed: "Update 1" },
    });
    expect([entry.reportedRag, entry.extra, entry.row]).toEqual([
      { raw: "Red", rag: "red" },
      { Closed: "Update 1" },
      0,
    ]);
  });
});
