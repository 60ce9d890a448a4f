export type { CliIo, CliStream } from "./cli-io";
export type { ExitCode } from "./exit-codes";
export { exitCodes } from "./exit-codes";
export { runCli } from "./run-cli";
