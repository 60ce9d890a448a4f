import { CjaKitError } from "@cja-kit/core";
import { CommanderError } from "commander";
import { argsProblem, ioProblem } from "./_internal/call-problem";
import { type Context, createContext, sayLine } from "./_internal/context";
import { exitCodeOf } from "./_internal/failure";
import { printable } from "./_internal/printable";
import type { CliIo, CliStream } from "./cli-io";
import { type ExitCode, exitCodes } from "./exit-codes";
import { createProgram } from "./program";

function unexpected(context: Context, error: unknown, debug: boolean): ExitCode {
  const message = error instanceof Error ? error.message : String(error);
  sayLine(context, `error: unexpected: ${printable(message)}`);
  if (debug && error instanceof Error && error.stack !== undefined) sayLine(context, error.stack);
  else
    sayLine(
      context,
      "(this is a fault in cja-kit: run the command again with --debug for the details, and report them)",
    );
  return exitCodes.internal;
}

function refused(stderr: CliStream, problem: string): ExitCode {
  stderr.write(`error: ${problem}\n`);
  return exitCodes.usage;
}

function failure(context: Context, error: unknown, debug: boolean): ExitCode {
  // Commander has printed its own message (an unknown option, a missing argument, the help).
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
  if (error instanceof CjaKitError) {
    sayLine(context, `error: ${printable(error.message)}`);
    return exitCodeOf(error);
  }
  return unexpected(context, error, debug);
}

/**
 * Runs the `cja-kit` command with its arguments, as the `cja-kit` binary does, and gives its exit
 * code instead of exiting: for scheduled jobs in Node and for tests. It never throws and never
 * prints a stack trace (an unexpected error is one line; `--debug` adds the details). Arguments
 * that are not an array of strings, or an `io` whose fields are not of their types, give the usage
 * exit code (2) with one line saying so on stderr (`process.stderr` when `io` is wrong itself).
 *
 * @param args - The arguments after `cja-kit`, e.g. `["validate", "plan.csv", "--authority", "lanarkshire"]`.
 * @param io - Where to write, the folder paths start from, and a signal that stops the run.
 * @returns The exit code: see {@link exitCodes}.
 * @example
 * ```ts
 * import { exitCodes, runCli } from "@cja-kit/cli";
 *
 * const code = await runCli(["validate", "returns/2010-11-q2.json", "--format", "json"]);
 * if (code === exitCodes.errors) console.error("the return has errors");
 * ```
 */
export async function runCli(args: readonly string[], io: CliIo = {}): Promise<ExitCode> {
  const wrongIo = ioProblem(io);
  if (wrongIo !== undefined) return refused(process.stderr, wrongIo);
  const context = createContext(io);
  const wrongArgs = argsProblem(args);
  if (wrongArgs !== undefined) return refused(context.stderr, wrongArgs);
  let code: ExitCode = exitCodes.ok;
  const program = createProgram({ context, finish: (result) => (code = result) });
  try {
    await program.parseAsync([...args], { from: "user" });
    return code;
  } catch (error) {
    return failure(context, error, args.includes("--debug"));
  }
}
