import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CanonicalStatus, canonicalStatuses } from "../src/status/canonical-status";
import { canonicalStatusLabels } from "../src/status/labels";
import { normaliseStatus } from "../src/status/normalise-status";
import { statusCorpus } from "./status-corpus";

const docs = new URL("../../../docs/status-rules.md", import.meta.url);
const START = "<!-- status-corpus:start (written by packages/core/test/status-corpus.test.ts) -->";
const END = "<!-- status-corpus:end -->";
const atRisk: readonly CanonicalStatus[] = ["at-risk", "off-track", "on-hold", "overdue", "not-achieved"];

const results = statusCorpus.map(([text, expected, source, where]) => ({
  text,
  expected,
  source,
  where,
  read: normaliseStatus(text).status,
}));
const agreed = results.filter((r) => r.read === r.expected).length;

function row(status: CanonicalStatus): string | undefined {
  const mine = results.filter((r) => r.expected === status);
  if (mine.length === 0) return undefined;
  const right = mine.filter((r) => r.read === status).length;
  const misread = canonicalStatuses
    .map((read) => [read, mine.filter((r) => r.read === read && read !== status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([read, count]) => `${canonicalStatusLabels[read]} ${count}`);
  const share = `${Math.round((right / mine.length) * 1000) / 10}%`;
  return `| ${canonicalStatusLabels[status]} | ${mine.length} | ${right} | ${share} | ${misread.join(", ") || "–"} |`;
}

function table(): string {
  const share = Math.round((agreed / results.length) * 1000) / 10;
  return [
    START,
    "",
    `${results.length} narratives; \`normaliseStatus\` agrees with the officer's status on ${agreed} (${share}%).`,
    "",
    "| officer's status | narratives | read the same | agreement | read instead as |",
    "| --- | --- | --- | --- | --- |",
    ...canonicalStatuses.flatMap((status) => row(status) ?? []),
    "",
    END,
  ].join("\n");
}

describe("normaliseStatus on the labelled corpus", () => {
  it("holds at least 300 narratives, each with its source", () => {
    expect(statusCorpus.length).toBeGreaterThanOrEqual(300);
  });

  it("agrees with the officer's status on at least 97% of them", () => {
    const misses = results
      .filter((r) => r.read !== r.expected)
      .map((r) => `${r.expected} ← ${r.read}: ${r.text}`);
    expect(agreed / results.length, misses.join("\n")).toBeGreaterThanOrEqual(0.97);
  });

  it("never reads completed work as at risk, off track, on hold, overdue or not achieved", () => {
    const wrong = results.filter((r) => r.expected === "complete" && atRisk.includes(r.read));
    expect(wrong.map((r) => r.text)).toEqual([]);
  });

  it("keeps its confusion table in docs/status-rules.md (rewrites it when it has changed)", () => {
    const text = readFileSync(docs, "utf8");
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start, "docs/status-rules.md needs the corpus table markers").toBeGreaterThanOrEqual(0);
    const current = text.slice(start, end + END.length);
    if (current !== table()) writeFileSync(docs, text.replace(current, table()));
    expect(current, "docs/status-rules.md was out of date: it has been rewritten, commit it").toBe(table());
  });
});
