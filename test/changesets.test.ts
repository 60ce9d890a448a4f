import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const folder = join(import.meta.dirname, "..", ".changeset");
const packages = readdirSync(join(import.meta.dirname, "..", "packages"));
const changesets = readdirSync(folder).filter((name) => name.endsWith(".md") && name !== "README.md");

describe.each(changesets)("changeset %s", (name) => {
  const text = readFileSync(join(folder, name), "utf8");

  it("opens with front matter naming packages and bump types, then a summary", () => {
    const match = /^---\n((?:"@cja-kit\/[a-z-]+": (?:patch|minor|major)\n)+)---\n\n\S/.exec(text);
    expect(match, text.slice(0, 80)).not.toBeNull();
    for (const line of match?.[1]?.trim().split("\n") ?? []) {
      expect(packages).toContain(/"@cja-kit\/([a-z-]+)"/.exec(line)?.[1]);
    }
  });
});
