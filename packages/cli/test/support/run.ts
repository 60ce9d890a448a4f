import { PassThrough } from "node:stream";
import { runCli } from "../../src/index";

/** What a run printed and its exit code. */
export type Ran = { code: number; stdout: string; stderr: string };

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  return { stream, text: () => text };
}

/** Runs the command in this process, as the binary would, in the folder given. */
export async function run(args: readonly string[], cwd: string, signal?: AbortSignal): Promise<Ran> {
  const stdout = capture();
  const stderr = capture();
  const code = await runCli(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    cwd,
    ...(signal === undefined ? {} : { signal }),
  });
  // Let the streams hand over what was written.
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A line of a stack trace, as Node prints them. */
export const STACK_LINE = /^\s+at .+(\(|:\d+:\d+)/m;
