import { PassThrough, Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { run, STACK_LINE } from "../test/support/run";
import { removeTempFolders, tempFolder } from "../test/support/seed-files";
import { runCli } from "./run-cli";

afterAll(removeTempFolders);

const folder = tempFolder("run");
const commands = ["validate", "convert", "render", "rollup", "frameworks", "outcome", "mapping"];

describe("runCli", () => {
  it.each(commands)("shows %s's help with examples, exit code 0", async (command) => {
    for (const args of [
      ["help", command],
      [command, "--help"],
    ]) {
      const ran = await run(args, folder);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toMatch(new RegExp(`^Usage: cja-kit ${command} `));
      expect(ran.stdout).toMatch(/\nExamples:\n {2}# .+\n {2}\$ cja-kit /);
    }
  });

  it("lists every command in the main help, with examples", async () => {
    const ran = await run(["--help"], folder);
    for (const command of commands) expect(ran.stdout).toMatch(new RegExp(`^ {2}${command} `, "m"));
    expect(ran.stdout).toContain("Examples:");
  });

  it("prints the version", async () => {
    expect((await run(["--version"], folder)).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [[]],
    [["frobnicate"]],
    [["validate", "--frobnicate", "x.json"]],
    [["frameworks", "--format", "xml"]],
  ])("exits 2 for %j with commander's message and a pointer to the help", async (args) => {
    const ran = await run(args, folder);
    expect(ran.code).toBe(2);
    expect(ran.stderr).not.toMatch(STACK_LINE);
  });

  it("answers an unexpected fault with one line and exit code 70, and its details only with --debug", async () => {
    const broken = () =>
      new Writable({
        write(_chunk, _encoding, callback) {
          callback();
        },
      });
    const failing = Object.assign(broken(), {
      write(): boolean {
        throw new Error("the disk went away");
      },
    });
    for (const debug of [false, true]) {
      const stderr = new PassThrough();
      let text = "";
      stderr.on("data", (chunk: Buffer) => {
        text += chunk.toString();
      });
      const code = await runCli(["frameworks", ...(debug ? ["--debug"] : [])], {
        stdout: failing,
        stderr,
        cwd: folder,
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(code).toBe(70);
      expect(text).toMatch(/^error: unexpected: the disk went away\n/);
      expect(STACK_LINE.test(text)).toBe(debug);
    }
  });
});
