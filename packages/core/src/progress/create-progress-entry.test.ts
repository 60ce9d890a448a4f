import { describe, expect, it } from "vitest";
import { createProgressEntry } from "./create-progress-entry";

const c = (text: string) => [{ kind: "paragraph" as const, text }];

describe("createProgressEntry", () => {
  it("reads the status from the narrative, with the words that decided it", () => {
    expect(createProgressEntry({ action: "3", progress: c("On track") }).status).toEqual({
      raw: "On track",
      status: "on-track",
      rule: "term-on-track",
      evidence: "On track",
    });
  });

  it("prefers a status column and keeps a RAG word there as the return's own rating", () => {
    const entry = createProgressEntry({
      action: "12",
      progress: c("Guidance published in October."),
      statusWording: "Amber – some slippage",
    });
    expect(entry.status.status).toBe("at-risk");
    expect(entry.reportedRag).toEqual({ raw: "Amber – some slippage", rag: "amber" });
  });

  it("keeps a rating the entry gives, and adds none for a status that is not a RAG word", () => {
    const given = createProgressEntry({
      action: "12",
      progress: c("Complete"),
      statusWording: "Green",
      reportedRag: { raw: "G", rag: "green" },
    });
    expect(given.reportedRag).toEqual({ raw: "G", rag: "green" });
    expect(
      createProgressEntry({ action: "1", progress: c(""), statusWording: "Outstanding" }),
    ).not.toHaveProperty("reportedRag");
  });
});
