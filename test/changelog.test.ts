import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `changeset version` run on a copy of the repository's manifests and changesets: the changelogs
// a release would write (scripts/release.sh runs the same command).

const root = join(import.meta.dirname, "..");
const packages = readdirSync(join(root, "packages"));
const pending = readdirSync(join(root, ".changeset")).some(
  (name) => name.endsWith(".md") && name !== "README.md",
);
const copy = mkdtempSync(join(tmpdir(), "cja-changelog-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function versioned(): Record<string, string> {
  if (!pending) return {};
  for (const file of ["package.json", "pnpm-workspace.yaml"]) cpSync(join(root, file), join(copy, file));
  cpSync(join(root, ".changeset"), join(copy, ".changeset"), { recursive: true });
  for (const pkg of packages) {
    mkdirSync(join(copy, "packages", pkg), { recursive: true });
    cpSync(join(root, "packages", pkg, "package.json"), join(copy, "packages", pkg, "package.json"));
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  const git = (...args: string[]) => execFileSync("git", args, { cwd: copy, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-qm", "changesets");
  execFileSync(process.execPath, [join(root, "node_modules", "@changesets", "cli", "bin.js"), "version"], {
    cwd: copy,
    stdio: "ignore",
  });
  return Object.fromEntries(
    packages.map((pkg) => [pkg, readFileSync(join(copy, "packages", pkg, "CHANGELOG.md"), "utf8")]),
  );
}

const changelogs = versioned();

// Right after a release no changeset is pending, and `changeset version` writes nothing.
describe.skipIf(!pending)("the changelogs `changeset version` writes", () => {
  it.each(packages)("tell @cja-kit/%s's readers only of its own changes", (pkg) => {
    for (const other of packages.filter((each) => each !== pkg))
      expect(changelogs[pkg], other).not.toMatch(
        new RegExp(`^- .*First release of \`@cja-kit/${other}\``, "m"),
      );
    expect(changelogs[pkg]).not.toMatch(/^\s+- (core|csv|json|docx): /m);
  });

  it.each(packages)("open @cja-kit/%s's with its first release", (pkg) => {
    const entries = changelogs[pkg]?.match(/^- .*$/gm) ?? [];
    expect(entries[0]).toMatch(new RegExp(`First release of \`@cja-kit/${pkg}\``));
  });

  it("give the fixed group one version", () => {
    const versions = packages.map(
      (pkg) => JSON.parse(readFileSync(join(copy, "packages", pkg, "package.json"), "utf8")).version,
    );
    expect(new Set(versions).size).toBe(1);
  });
});
