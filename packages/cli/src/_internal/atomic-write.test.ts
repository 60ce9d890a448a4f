import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CjaKitError } from "@cja-kit/core";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempFolders, tempFolder } from "../../test/support/seed-files";
import { checkOutput, writeOutput } from "./atomic-write";

afterAll(removeTempFolders);

const running = () => new AbortController().signal;

describe("writeOutput", () => {
  it("writes the whole file and leaves no temporary file", async () => {
    const folder = tempFolder("write");
    await writeOutput(join(folder, "plan.csv"), "plan.csv", "Number,Title\n", {
      force: false,
      signal: running(),
    });
    expect(readFileSync(join(folder, "plan.csv"), "utf8")).toBe("Number,Title\n");
    expect(readdirSync(folder)).toEqual(["plan.csv"]);
  });

  it("refuses to replace a file without force, and replaces it with force", async () => {
    const folder = tempFolder("write");
    writeFileSync(join(folder, "plan.csv"), "old");
    const refused = writeOutput(join(folder, "plan.csv"), "plan.csv", "new", {
      force: false,
      signal: running(),
    });
    await expect(refused).rejects.toMatchObject({ code: "usage/output-exists" });
    expect(readFileSync(join(folder, "plan.csv"), "utf8")).toBe("old");
    await writeOutput(join(folder, "plan.csv"), "plan.csv", "new", { force: true, signal: running() });
    expect(readFileSync(join(folder, "plan.csv"), "utf8")).toBe("new");
    expect(readdirSync(folder)).toEqual(["plan.csv"]);
  });

  it("writes nothing once the run is stopped", async () => {
    const folder = tempFolder("write");
    const controller = new AbortController();
    controller.abort();
    const stopped = writeOutput(join(folder, "plan.csv"), "plan.csv", "data", {
      force: false,
      signal: controller.signal,
    });
    await expect(stopped).rejects.toMatchObject({ code: "cli/interrupted" });
    expect(readdirSync(folder)).toEqual([]);
  });

  it("removes its temporary file when the rename fails, and names the file", async () => {
    const folder = tempFolder("write");
    mkdirSync(join(folder, "plan.csv"));
    writeFileSync(join(folder, "plan.csv", "inside"), "x");
    const failed = writeOutput(join(folder, "plan.csv"), "plan.csv", "data", {
      force: true,
      signal: running(),
    });
    await expect(failed).rejects.toBeInstanceOf(CjaKitError);
    expect(readdirSync(folder)).toEqual(["plan.csv"]);
  });
});

describe("checkOutput", () => {
  it("refuses an output in a folder that does not exist, or one that exists without force", async () => {
    const folder = tempFolder("check");
    await expect(checkOutput(join(folder, "out", "plan.json"), "out/plan.json", false)).rejects.toMatchObject(
      {
        code: "usage/no-folder",
      },
    );
    writeFileSync(join(folder, "plan.json"), "{}");
    await expect(checkOutput(join(folder, "plan.json"), "plan.json", false)).rejects.toMatchObject({
      code: "usage/output-exists",
    });
    await expect(checkOutput(join(folder, "plan.json"), "plan.json", true)).resolves.toBeUndefined();
    expect(existsSync(join(folder, "out"))).toBe(false);
  });
});
