import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../test/support/run";
import { removeTempFolders, tempFolder } from "../../test/support/seed-files";

afterAll(removeTempFolders);

const folder = tempFolder("lookups");

describe("cja-kit frameworks", () => {
  it("lists every framework with the frameworks it maps to", async () => {
    const ran = await run(["frameworks"], folder);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(
      "nab-2008: National CJA performance framework: the 14 national outcomes (14 outcomes; maps to nsmo-2006 (by wording), cj-opi-2016 (by wording))",
    );
    expect(ran.stdout).toContain(
      "cjpf-2023: Community Justice Performance Framework (9 outcomes; maps to cj-opi-2016 (by wording), nscj-2022 (as published))",
    );
  });

  it("lists one framework's outcomes with their wording, and as JSON", async () => {
    const text = await run(["frameworks", "nsmo-2006"], folder);
    expect(text.stdout).toContain("nsmo-2006:O4 (group O): Improved literacy skills");
    const json = await run(["frameworks", "nab-2008", "--format", "json"], folder);
    expect(JSON.parse(json.stdout).outcomes).toHaveLength(14);
  });
});

describe("cja-kit outcome", () => {
  it("gives every framework's outcome for a colliding code, each with its mappings", async () => {
    const ran = await run(["outcome", "C1"], folder);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^nsmo-2006:C1 \(group C\): Increased community safety/m);
    expect(ran.stdout).toMatch(/^nab-2008:C1 \(group C\): Effective CJAs in place/m);
    expect(ran.stdout).toContain("  maps to nsmo-2006:S1");
  });

  it("maps an outcome of the 14 to the two of the 23 it came from, and on to today's frameworks", async () => {
    const ran = await run(["outcome", "nab-2008:A3", "--format", "json"], folder);
    const [found] = JSON.parse(ran.stdout);
    expect(found.mappedTo.filter((m: { framework: string }) => m.framework === "nsmo-2006")).toEqual([
      { framework: "nsmo-2006", code: "C3" },
      { framework: "nsmo-2006", code: "C4" },
    ]);
    expect(found.mappedTo).toContainEqual({ framework: "cjpf-2023", code: "9" });
    expect(found.routes).toContainEqual({
      framework: "cjpf-2023",
      via: ["cj-opi-2016"],
      basis: "by-wording",
    });
  });

  it("finds outcomes by their wording or by words in it, in one framework", async () => {
    const whole = await run(["outcome", "Reduced or stabilised substance misuse"], folder);
    expect(whole.stdout).toMatch(/^nab-2008:B3 /m);
    const words = await run(["outcome", "substance", "misuse", "--framework", "nsmo-2006"], folder);
    expect(words.stdout).toMatch(/^nsmo-2006:O3 \(group O\): Reduced or stabilises substance misuse/m);
    expect(words.stdout).not.toMatch(/^nab-2008/m);
  });

  it("exits 1 when nothing is found, and 2 for a framework it does not know", async () => {
    const none = await run(["outcome", "Z9"], folder);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no outcome has the code or the words "Z9"');
    const unknown = await run(["outcome", "A1", "--framework", "local"], folder);
    expect(unknown.code).toBe(2);
  });
});
