import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileBlocks, placeOf } from "./compile-blocks";
import { extractBlocks } from "./extract-blocks";

// Every ```ts and ```js block of the guides and READMEs is type-checked as a strict project would,
// and run (with the seed data as its givens, in a temporary folder) unless its fence says `no-run`.

const root = join(import.meta.dirname, "..", "..");
const markdown = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
  ...readdirSync(join(root, "packages")).map((pkg) => `packages/${pkg}/README.md`),
].filter((file) => {
  try {
    readFileSync(join(root, file));
    return true;
  } catch {
    return false;
  }
});
const blocks = markdown.flatMap((file) => extractBlocks(file, readFileSync(join(root, file), "utf8")));
const folder = join(import.meta.dirname, ".blocks");
const compiled = compileBlocks(blocks, folder);
// tsx by its own address: the blocks run in a temporary folder, where no node_modules would find it.
const tsx = import.meta.resolve("tsx");
const workDir = mkdtempSync(join(tmpdir(), "cja-code-blocks-"));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

describe("code blocks in the guides and READMEs", () => {
  it("are found in many files", () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(new Set(blocks.map((block) => block.file)).size).toBeGreaterThan(5);
  });

  it.each(compiled.map((each) => [placeOf(each.block), each] as const))("%s type-checks", (_place, each) => {
    expect(each.errors).toEqual([]);
  });

  it.each(
    compiled
      .filter((each) => !each.block.flags.includes("no-run"))
      .map((each) => [placeOf(each.block), each] as const),
  )(
    "%s runs",
    (_place, each) => {
      const result = spawnSync(
        process.execPath,
        ["--import", tsx, "--conditions=@cja-kit/source", each.path],
        {
          cwd: workDir,
          encoding: "utf8",
          timeout: 60_000,
          env: { ...process.env, NODE_OPTIONS: "" },
        },
      );
      expect(result.status, `${result.stderr}\n${result.stdout}`).toBe(0);
    },
    90_000,
  );
});
