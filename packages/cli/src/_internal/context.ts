import { resolve } from "node:path";
import type { CliIo, CliStream } from "../cli-io";

/** What every command runs with: where it writes, where paths start, what stops it. */
export type Context = {
  stdout: CliStream;
  stderr: CliStream;
  cwd: string;
  signal: AbortSignal;
};

/** The context of a run, the defaults filled in. */
export function createContext(io: CliIo): Context {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
    signal: io.signal ?? new AbortController().signal,
  };
}

/** A path as the file system needs it: relative paths start from the run's folder. */
export function pathIn(context: Context, file: string): string {
  return resolve(context.cwd, file);
}

/** Writes a line of results. */
export function printLine(context: Context, line: string): void {
  context.stdout.write(`${line}\n`);
}

/** Writes a line of messages. */
export function sayLine(context: Context, line: string): void {
  context.stderr.write(`${line}\n`);
}
