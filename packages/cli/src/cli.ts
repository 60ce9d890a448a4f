#!/usr/bin/env node
import { printable } from "./_internal/printable";
import { removeTemps } from "./_internal/temp-files";
import { exitCodes } from "./exit-codes";
import { runCli } from "./run-cli";

// The binary: Ctrl-C (or a scheduler's SIGTERM) stops the run at the next file or step, and a
// second one at once; either way no temporary file is left and no half-written output exists.
const controller = new AbortController();
const debug = process.argv.includes("--debug");

function stop(): void {
  if (controller.signal.aborted) {
    removeTemps();
    process.exit(exitCodes.interrupted);
  }
  controller.abort();
  process.stderr.write("\nStopping… (Ctrl-C again to stop at once)\n");
}

function fault(error: unknown): void {
  removeTemps();
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `error: unexpected: ${printable(message)}\n${debug && error instanceof Error ? `${error.stack}\n` : ""}`,
  );
  process.exit(exitCodes.internal);
}

process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("exit", removeTemps);
process.on("uncaughtException", fault);
process.on("unhandledRejection", fault);
// A reader that closes early (`cja-kit frameworks | head -1`) is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error: NodeJS.ErrnoException) =>
    error.code === "EPIPE" ? process.exit(exitCodes.ok) : fault(error),
  );

runCli(process.argv.slice(2), { signal: controller.signal }).then((code) => {
  process.exitCode = code;
}, fault);
