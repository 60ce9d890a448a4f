import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const markdown = [
  "README.md",
  "CONTRIBUTING.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
  ...readdirSync(join(root, "packages")).map((name) => `packages/${name}/README.md`),
];

/** Relative links of a Markdown file: `[text](target)`, less web addresses and anchors. */
function relativeLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => (match[1] ?? "").split("#")[0] ?? "")
    .filter((target) => target.length > 0 && !/^[a-z]+:/i.test(target));
}

describe("links in the README and guides", () => {
  it.each(markdown)("%s links only to files that exist", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    const missing = relativeLinks(text).filter((target) => !existsSync(join(root, dirname(file), target)));
    expect(missing).toEqual([]);
  });
});
