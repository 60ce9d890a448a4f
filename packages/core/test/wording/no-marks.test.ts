import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseContent } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { statusCorpus } from "../status-corpus";

// The wording corpora of core's tests (seed wording and gov.scot publications): none of it holds
// the mark notation, so none of it may read as marked.
describe("real wording", () => {
  const fixtures = join(import.meta.dirname, "fixtures");
  const texts = [
    ...statusCorpus.map(([text]) => text),
    ...readdirSync(fixtures).flatMap((file) =>
      (JSON.parse(readFileSync(join(fixtures, file), "utf8")) as { entries: { text: string }[] }).entries.map(
        (entry) => entry.text,
      ),
    ),
  ];

  it("reads as content without marks", () => {
    expect(texts.length).toBeGreaterThan(500);
    const marked = texts.filter((text) =>
      parseContent(text).some(
        (block) => block.runs !== undefined || (block.kind === "paragraph" && block.strong),
      ),
    );
    expect(marked).toEqual([]);
  });
});
