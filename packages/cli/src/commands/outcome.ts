import { Command, Option } from "commander";
import { type Context, printLine, sayLine } from "../_internal/context";
import { helpExamples } from "../_internal/help-examples";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";
import { findFramework, findOutcomes, type MappingRoute, type OutcomeMatch } from "../lookups/frameworks";

type Flags = { framework?: string; format: "text" | "json" };

function routeWords(route: MappingRoute): string {
  const basis = route.basis === "published" ? "as published" : "by wording";
  const last = route.via.at(-1);
  const rest = route.via.slice(0, -1);
  if (last === undefined) return basis;
  return `${basis}, via ${rest.length === 0 ? last : `${rest.join(", ")} and ${last}`}`;
}

/** Where the mappings carry an outcome, a line per framework reached: the outcomes, and how. */
function mappingLines(match: OutcomeMatch): string[] {
  return match.routes.map((route) => {
    const refs = match.mappedTo.filter((ref) => ref.framework === route.framework);
    return `  maps to ${refs.map((ref) => `${ref.framework}:${ref.code}`).join(", ")} (${routeWords(route)})`;
  });
}

/** An outcome as lines: framework, code and wording, then where the mappings carry it, and how. */
export function outcomeLines(matches: readonly OutcomeMatch[]): string[] {
  return matches.flatMap((match) => [
    `${match.outcome.framework}:${match.outcome.code} (group ${match.outcome.group}): ${match.outcome.wording}`,
    ...mappingLines(match),
  ]);
}

/** Finds the outcomes a code or wording names, with their mappings; exit 1 when none. */
export function runOutcome(context: Context, words: readonly string[], flags: Flags): ExitCode {
  const query = words.join(" ");
  const framework = flags.framework === undefined ? undefined : findFramework(flags.framework);
  const matches = findOutcomes(query, framework);
  if (flags.format === "json") printLine(context, JSON.stringify(matches, null, 2));
  else for (const line of outcomeLines(matches)) printLine(context, line);
  if (matches.length > 0) return exitCodes.ok;
  sayLine(
    context,
    `no outcome has the code or the words "${query}"${framework === undefined ? "" : ` in ${framework.id}`}.`,
  );
  return exitCodes.errors;
}

/** `cja-kit outcome CODE|WORDING`. */
export function outcomeCommand({ context, finish }: Setup): Command {
  return new Command("outcome")
    .summary("look an outcome up by code or wording, with its mappings")
    .description(
      "Look an outcome up by its code (B3, or nab-2008:B3 for one framework's) or by its wording (the whole wording, or words it contains), in every framework or in one; each outcome found is shown with its wording and the outcomes of other frameworks it maps to. Codes collide across frameworks (C1 is a communities outcome of the National Strategy and a system outcome of the 2008 framework): each is listed. Exit code 1 when nothing is found.",
    )
    .argument("<code or wording...>", "a code such as B3 or nab-2008:B3, or words of the outcome's wording")
    .option("--framework <id>", "look only in this framework")
    .addOption(
      new Option("--format <format>", "text, or JSON for pipelines")
        .choices(["text", "json"])
        .default("text"),
    )
    .addHelpText(
      "after",
      helpExamples([
        [
          "cja-kit outcome nab-2008:A3",
          "an outcome of the 14, and the National Strategy outcomes it maps to",
        ],
        ["cja-kit outcome C1", "every framework's C1"],
        ["cja-kit outcome substance misuse --framework nab-2008", "by words of its wording"],
      ]),
    )
    .action((words: string[], flags: Flags) => finish(runOutcome(context, words, flags)));
}
