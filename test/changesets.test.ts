import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const folder = join(import.meta.dirname, "..", ".changeset");
const packages = readdirSync(join(import.meta.dirname, "..", "packages"));
// The order changesets reads them in, and so writes each package's changelog in: by file name.
const changesets = readdirSync(folder)
  .filter((name) => name.endsWith(".md") && name !== "README.md")
  .sort();

/** The packages a changeset names and its summary. */
function parse(text: string): { packages: string[]; summary: string } | undefined {
  const match = /^---\n((?:"@cja-kit\/[a-z-]+": (?:patch|minor|major)\n)+)---\n\n(\S[\s\S]*)$/.exec(text);
  if (match === null) return undefined;
  const names = (match[1] ?? "").trim().split("\n");
  return {
    packages: names.map((line) => /"@cja-kit\/([a-z-]+)"/.exec(line)?.[1] ?? ""),
    summary: match[2] ?? "",
  };
}

describe.each(changesets)("changeset %s", (name) => {
  const text = readFileSync(join(folder, name), "utf8");

  it("opens with front matter naming one package and its bump type, then a summary", () => {
    const parsed = parse(text);
    expect(parsed, text.slice(0, 80)).toBeDefined();
    expect(packages).toContain(parsed?.packages[0]);
    // `changeset version` copies a changeset's whole text into the changelog of every package it
    // names: a changeset for several packages would tell each about the others' changes.
    expect(parsed?.packages, "one package per changeset: write one file for each").toHaveLength(1);
  });
});

describe("changesets of one package", () => {
  it.each(packages)("put @cja-kit/%s's first release before its other changes", (pkg) => {
    const own = changesets.filter(
      (name) => parse(readFileSync(join(folder, name), "utf8"))?.packages[0] === pkg,
    );
    const first = own.findIndex((name) =>
      parse(readFileSync(join(folder, name), "utf8"))?.summary.startsWith("First release"),
    );
    if (first !== -1) expect(own[0], "name it 0-<package>-first-release.md").toBe(own[first]);
  });
});
