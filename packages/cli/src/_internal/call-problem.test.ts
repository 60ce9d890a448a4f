import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { cliSamples } from "../../../../test/boundary/cli-samples";
import { getterError, hostileValues } from "../../../../test/boundary/hostile-values";
import { runCli } from "../run-cli";
import { argsProblem, ioProblem } from "./call-problem";

describe("argsProblem and ioProblem", () => {
  it.each([
    [undefined, "runCli: the arguments are an undefined; give an array of strings"],
    [null, "runCli: the arguments are null; give an array of strings"],
    ["validate plan.csv", "runCli: the arguments are a string; give an array of strings"],
    [["validate", 3], "runCli: argument 2 is a number; every argument is a string."],
  ])("names what is wrong with the arguments %j", (args, message) => {
    expect(argsProblem(args)).toContain(message);
  });

  it.each([
    [0, "runCli: io is a number; give an object such as { stdout, stderr, cwd, signal }"],
    [{ stdout: "out.txt" }, "runCli: io.stdout is a string, not a writable stream (such as process.stdout)."],
    [{ cwd: 1 }, "runCli: io.cwd is a number; give the folder as a string."],
    [{ signal: {} }, "runCli: io.signal is an object, not an AbortSignal"],
  ])("names what is wrong with io %j", (io, message) => {
    expect(ioProblem(io)).toContain(message);
  });

  it("accepts what the types say", () => {
    expect(argsProblem(["validate", "plan.csv"])).toBeUndefined();
    expect(ioProblem({})).toBeUndefined();
    expect(
      ioProblem({ stdout: new PassThrough(), cwd: "/tmp", signal: new AbortController().signal }),
    ).toBeUndefined();
  });
});

describe("runCli called with wrong-typed values (the public-boundary sample)", () => {
  it("answers every wrong value in either place with an exit code, never an untyped throw", async () => {
    const sample = cliSamples.runCli;
    const valid = () => (typeof sample === "function" ? sample() : (sample ?? []));
    const faults: string[] = [];
    // A wrong io writes its one line to process.stderr, and an io object without streams (`{}`)
    // writes to process.stdout: both kept out of the test's output, and counted.
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    for (const place of [0, 1])
      for (const [label, value] of hostileValues()) {
        const args = valid().map((arg, k) => (k === place ? value : arg));
        try {
          const code = await runCli(...(args as Parameters<typeof runCli>));
          if (place === 0 && code !== 2) faults.push(`argument 1 ${label}: exit code ${code}`);
        } catch (error) {
          if (error !== getterError) faults.push(`argument ${place + 1} ${label}: ${String(error)}`);
        }
      }
    const said = stderr.mock.calls.map(([line]) => String(line));
    stderr.mockRestore();
    stdout.mockRestore();
    expect(faults).toEqual([]);
    expect(said).toContain(
      "error: runCli: io is null; give an object such as { stdout, stderr, cwd, signal }, or leave it out.\n",
    );
  });

  it("says on the given stderr what was wrong with the arguments", async () => {
    const stderr = new PassThrough();
    let said = "";
    stderr.on("data", (chunk: Buffer) => {
      said += chunk.toString();
    });
    const code = await runCli([1] as unknown as string[], { stderr, stdout: new PassThrough() });
    await new Promise((resolve) => setImmediate(resolve));
    expect(code).toBe(2);
    expect(said).toBe("error: runCli: argument 1 is a number; every argument is a string.\n");
  });
});
