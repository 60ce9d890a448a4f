import type { Writable } from "node:stream";

/**
 * A stream the command writes to: `process.stdout`, or any writable (a test's, a log's).
 * `isTTY` says whether a person is watching it: progress bars are drawn only then.
 *
 * @example
 * ```ts
 * const out: CliStream = process.stdout;
 * ```
 */
export type CliStream = Writable & { isTTY?: boolean };

/**
 * Where {@link runCli} writes and what stops it: results on `stdout` (lines, or JSON with
 * `--format json`), messages and progress on `stderr`, relative paths resolved against `cwd`,
 * and `signal` to stop the run as Ctrl-C does.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: "/data/returns", signal: controller.signal };
 * ```
 */
export type CliIo = {
  /** Results. @defaultValue `process.stdout` */
  stdout?: CliStream;
  /** Messages and progress. @defaultValue `process.stderr` */
  stderr?: CliStream;
  /** The folder relative paths are read from and written to. @defaultValue `process.cwd()` */
  cwd?: string;
  /** Aborting it stops the run at the next file or step, as Ctrl-C does. @defaultValue never aborted */
  signal?: AbortSignal;
};
