import type { ExitCode } from "../exit-codes";
import type { Context } from "./context";

/** What each command is built with: the run's context, and where its action leaves the exit code. */
export type Setup = { context: Context; finish: (code: ExitCode) => void };
