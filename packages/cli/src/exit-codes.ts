/**
 * The exit codes of the `cja-kit` command, by meaning: `ok` (0, nothing wrong), `errors` (1, the
 * data has errors, a look-up found nothing, or an output could not be written), `usage` (2, the
 * command was given wrongly: an unknown option, a missing file, a format it cannot read, an output
 * that exists without `--force`), `internal` (70, a fault in cja-kit itself; `--debug` shows it)
 * and `interrupted` (130, stopped by Ctrl-C, as shells count a SIGINT).
 *
 * @example
 * ```ts
 * const code = await runCli(["validate", "plan.json"]);
 * if (code === exitCodes.errors) console.log("the plan has errors");
 * ```
 */
export const exitCodes = { ok: 0, errors: 1, usage: 2, internal: 70, interrupted: 130 } as const;

/**
 * One of the {@link exitCodes}.
 *
 * @example
 * ```ts
 * const code: ExitCode = exitCodes.usage; // 2
 * ```
 */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
