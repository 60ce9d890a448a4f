import { CjaKitError } from "@cja-kit/core";
import { type ExitCode, exitCodes } from "../exit-codes";

// A command stops by throwing CjaKitError with one of these code families; runCli turns the code
// into an exit code and the message into one line.

/** The command was given wrongly: its message says what to give instead. */
export function usageError(what: string, message: string): CjaKitError {
  return new CjaKitError(`usage/${what}`, message);
}

/** The work could not be done (an output not written, nothing found). */
export function workError(what: string, message: string): CjaKitError {
  return new CjaKitError(`cli/${what}`, message);
}

/** The run was stopped by Ctrl-C. */
export function interrupted(): CjaKitError {
  return new CjaKitError(
    "cli/interrupted",
    "stopped by Ctrl-C or a stop signal; no file was left half-written.",
  );
}

/** The exit code a failure means. */
export function exitCodeOf(error: CjaKitError): ExitCode {
  if (error.code === "cli/interrupted") return exitCodes.interrupted;
  return error.code.startsWith("usage/") ? exitCodes.usage : exitCodes.errors;
}
