import type { CanonicalStatus } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { seedDocuments } from "./seed-documents";

/**
 * The canonical status of every progress entry in the seeds, read from its wording by the default
 * status rules, with the rule that decided: the table test that covers every progress wording (the
 * labelled corpus in packages/core/test/status-corpus.ts measures the rules against an officer's
 * reading). Narrative that states no status is `unknown`, never guessed.
 */
const EXPECTED: Record<string, Array<[string, CanonicalStatus, string]>> = {
  "lanarkshire-progress-2010-11-q2": [
    ["1/0", "ongoing", "shared"],
    ["1/1", "on-track", "target-met"],
    ["2/0", "on-track", "term-on-track"],
    ["2/1", "on-track", "term-on-track"],
    ["2/2", "part-complete", "term-part-complete"],
    ["3/0", "on-track", "term-on-track"],
    ["4/0", "ongoing", "term-in-progress"],
    ["4/1", "ongoing", "in-progress"],
    ["4/2", "on-track", "term-on-track"],
  ],
  "lothian-borders-action-plan-2010-11": [
    ["2.1.1/0", "on-track", "on-track"],
    ["2.1.2/0", "complete", "delivered"],
    ["2.1.3/0", "on-track", "on-track"],
    ["2.1.4/0", "no-longer-required", "superseded"],
    ["2.1.5/0", "at-risk", "awaiting"],
    ["2.2.1/0", "at-risk", "funding-ends"],
    ["2.2.2/0", "at-risk", "funding-ends"],
    ["2.2.3./0", "ongoing", "shared"],
    ["2.2.4/0", "ongoing", "in-progress"],
    ["2.2.5/0", "ongoing", "in-progress"],
    ["2.3.1/0", "at-risk", "not-progressed"],
    ["2.3.2/0", "at-risk", "not-progressed"],
    ["2.3.3./0", "complete", "delivered"],
    ["2.4.1/0", "ongoing", "in-progress"],
    ["2.4.1/1", "unknown", "none"],
    ["2.4.1/2", "complete", "work-completed"],
    ["2.4.2./0", "ongoing", "in-progress"],
    ["2.4.2./2", "ongoing", "in-progress"],
    ["2.4.2./3", "ongoing", "in-progress"],
    ["2.4.2./4", "complete", "delivered"],
    ["2.4.3/0", "ongoing", "in-progress"],
    ["2.4.4/0", "ongoing", "in-progress"],
    ["2.4.5/0", "at-risk", "under-review"],
    ["2.4.6/0", "ongoing", "in-progress"],
    ["2.4.7/0", "ongoing", "in-progress"],
    ["2.4.8/0", "ongoing", "in-progress"],
    ["2.4.9/0", "ongoing", "in-progress"],
    ["2.4.10/0", "complete", "delivered"],
    ["2.5.1/0", "complete", "work-completed"],
    ["2.5.2/0", "ongoing", "in-progress"],
    ["2.5.3/0", "complete", "term-complete"],
    ["2.6.1/0", "on-track", "on-track"],
    ["2.6.2./0", "ongoing", "in-progress"],
    ["2.6.3/0", "ongoing", "in-progress"],
    ["3.1.1/0", "ongoing", "in-progress"],
    ["3.1.2/0", "ongoing", "in-progress"],
    ["3.1.3/0", "not-started", "term-not-started"],
    ["3.1.4/0", "part-complete", "part-complete"],
    ["3.1.5/0", "ongoing", "in-progress"],
    ["4.1.1/0", "ongoing", "in-progress"],
    ["4.1.2/0", "unknown", "none"],
    ["5.1.1/0", "ongoing", "in-progress"],
    ["5.1.2/0", "ongoing", "counted"],
    ["5.1.3/0", "ongoing", "in-progress"],
    ["5.1.4/0", "ongoing", "in-progress"],
    ["6.1/0", "on-track", "target-met"],
    ["6.2/0", "at-risk", "delayed"],
    ["6.3/0", "complete", "all-done"],
    ["6.4/0", "unknown", "none"],
  ],
  "lanarkshire-implementation-plan-2008-09-q2": [
    ["2.1.3", "at-risk", "delayed"],
    ["2.4.1", "ongoing", "in-progress"],
    ["2.5.1", "no-longer-required", "not-required"],
    ["2.5.7", "ongoing", "in-progress"],
    ["2.5.9", "on-track", "assurance-given"],
    ["2.5.11", "on-track", "scheduled"],
    ["2.5.12", "on-track", "scheduled"],
    ["2.5.13", "ongoing", "in-progress"],
    ["3.4", "ongoing", "in-progress"],
    ["4.1", "ongoing", "in-progress"],
    ["6.1", "complete", "term-complete"],
    ["6.2", "ongoing", "in-progress"],
  ],
};

describe.each(
  seedDocuments.flatMap((doc) => (doc.kind === "plan" ? [[doc.slug, doc.progress] as const] : [])),
)("%s progress", (slug, progress) => {
  it("reads every entry's wording as the table says", () => {
    const read = progress.entries.map((entry) => [
      entry.row === undefined ? entry.action : `${entry.action}/${entry.row}`,
      entry.status.status,
      entry.status.rule,
    ]);
    expect(read).toEqual(EXPECTED[slug]);
  });
});
